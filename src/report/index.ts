/**
 * The story report (`crosscheck report`): build the data from a store, then
 * render it as Markdown or terminal text.
 */
export { buildReport, type StoryReport, type ReportFigure, type ReportArticle, type ReportLine } from './build.js';
export { renderMarkdown, renderTerminal } from './render.js';
