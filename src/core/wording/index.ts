/**
 * Every sentence a reader of Verbatim reads, in one place: the page, the HTML report and the
 * command line all take their words from this folder, so they cannot drift apart. It has five
 * rooms, split only so that each part of the page carries the words it says (the first script
 * must stay small): `common.ts` (what the first paint says, and the phrases the others build
 * on), `verdict.ts` (the verdict and the figures' sentences, which the page works out in a
 * worker), `report.ts` (the report), `onDemand.ts` (the parts loaded when the reader acts or
 * after the first paint, the legend among them, and the command line's words about files) and
 * `collection.ts` (the families view).
 */
export * from './common';
export * from './verdict';
export * from './report';
export * from './onDemand';
export * from './collection';
