// The desktop app's question before a window with unsaved changes closes or reloads: in the
// language the window said its interface is in, with the same words as the in-app question.
import { describe, expect, it } from 'vitest';
import { leaveDialogOptions } from '../../../src-main/main/leave-dialog';
import { languageOf } from '../../../src-main/main/words';

describe('the leave question of the desktop app', () => {
  it('asks in English, leaving first and staying the default', () => {
    expect(leaveDialogOptions('en')).toEqual({
      type: 'question',
      buttons: ['Leave without saving', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      message: 'You have unsaved changes. Leave without saving them?',
    });
  });

  it('asks in Spanish for a window whose interface is in Spanish', () => {
    const options = leaveDialogOptions('es');
    expect(options.buttons).toEqual(['Salir sin guardar', 'Quedarse']);
    expect(options.message).toBe('Hay cambios sin guardar. ¿Salir sin guardarlos?');
    expect([options.defaultId, options.cancelId]).toEqual([1, 1]);
  });

  it('takes only a language it knows from a window, English otherwise', () => {
    expect(languageOf('es')).toBe('es');
    expect(languageOf('en')).toBe('en');
    for (const odd of ['fr', '', null, undefined, { lang: 'es' }, ['es']])
      expect(languageOf(odd)).toBe('en');
  });
});
