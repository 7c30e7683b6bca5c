// Texts the web tests open as untitled documents: the shared texts of test/support/flyers.ts,
// the same as the protocol tests', so the expected results are the desktop's.
export * from '../support/flyers';
