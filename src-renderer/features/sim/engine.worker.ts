// The engine in a Web Worker: every run the user starts by editing, dragging or acting on the
// view is computed here, off the thread that draws. The scenario is checked with the engine's own
// parser (the same errors, with paths, as the main side gives) and the trace's arrays are
// transferred to the page, not copied.
import type { EngineRequest, WorkerReply } from './engineProtocol';
import { runRequest } from './engineRun';

// The worker global, typed without pulling the WebWorker library into the whole renderer.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = ({ data }) => {
  const { reply, transfer } = runRequest(data);
  scope.postMessage(reply, transfer);
};
