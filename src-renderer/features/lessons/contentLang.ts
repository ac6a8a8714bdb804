// Built-in lessons and cases stay English in every interface language until their clinical
// wording has had a clinical translation review. Their texts are marked `lang="en"`, so a screen
// reader reads them with an English voice; what a user writes carries no mark.
export const builtinLang = (builtin: boolean): 'en' | undefined => (builtin ? 'en' : undefined);
