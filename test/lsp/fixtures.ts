// Documents the protocol tests open: the shared texts of test/support/flyers.ts.
export * from '../support/flyers';
