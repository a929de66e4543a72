import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 26, file f2: a design system's component docs page rendered by Storybook 8 (the docs iframe: the preview
 * CSS and the window.STORIES config script, the hidden "preparing", "No Preview" and error-display blocks every preview
 * carries, the MDX docs with sbdocs classes and emotion class names, title and subtitle, the primary story canvas with its
 * zoom toolbar and "Show code", the ArgTypes controls table with "Reset controls", the team's own usage sections, the
 * maintainer line, and the autodocs-style "Stories" section with a canvas per story).
 */
const sbTitle = 'InlineAlert';
const sbSubtitle = 'A short message that sits next to the content it describes.';
const sbIntro =
  'Use an inline alert to tell people about something that affects the part of the page they are looking at: a form section that ' +
  'failed to save, a setting that is managed by an administrator, a quota that is nearly used up. For messages about the whole ' +
  'page or app, use Banner instead.';
const sbH1 = 'When to use';
const sbUse = [
  'To confirm that an action on one section of a page worked, when the result is not otherwise visible.',
  'To warn about a limit or condition before someone runs into it, such as a storage quota at 90 percent.',
  'To explain why a control is disabled, when the reason is not obvious from its label.',
];
const sbH2 = 'When not to use';
const sbNotUse = [
  'For errors on a single field. Use the field’s own error text, which is announced together with the field.',
  'For messages that need a decision before someone can continue. Use Dialog.',
  'For promotional content. Inline alerts lose their meaning once people learn to skim past them.',
];
const sbH3 = 'Writing the message';
const sbB3 =
  'Lead with what happened or what to do, in one sentence. Keep titles for alerts with more than one sentence of body text, and ' +
  'never repeat the title in the body. If there is an action, label the button with a verb that describes it, like “Retry upload”, ' +
  'not “OK”.';
const sbH4 = 'Accessibility';
const sbB4 =
  'Inline alerts render with <code>role="status"</code> for info and success, and <code>role="alert"</code> for warning and error, so ' +
  'screen readers announce them when they appear. Don’t add an alert on page load if it is already visible: announce changes only.';
const sbStories: [string, string, string, string][] = [
  ['warning', 'Warning', 'Use warning for conditions that will cause a problem if nothing changes.', 'You have used 9.1 GB of your 10 GB of storage.'],
  [
    'error',
    'Error',
    'Errors describe something that already went wrong and, where possible, how to fix it.',
    'We couldn’t save the billing section. Check your connection and try again.',
  ],
  [
    'with-title',
    'With title',
    'Add a title only when the message needs more than one sentence.',
    'Syncing resumes when you reconnect to a network. Changes made offline are kept on this device.',
  ],
];
const sbPrimary = 'Your changes were saved.';
const sbNoPreview = [
  'No Preview',
  'Sorry, but you either have no stories or none are selected somehow.',
  'Please check the Storybook config.',
  'Try reloading the page.',
  'If the problem persists, check the browser console, or the terminal you’ve run Storybook from.',
];
const sbErr = 'The component failed to render properly, likely due to a configuration issue in Storybook.';
const css = (n: number): string => `css-${(n * 7919).toString(36)}`;
const canvas = (id: string, alert: string): string => `<div class="sb-anchor ${css(1)}" id="anchor--components-inlinealert--${id}"><div class="${css(2)}">
<div class="docs-story ${css(3)}"><div class="${css(4)}"><div class="os-host"><div class="sb-bar"><button type="button" class="${css(5)}" title="Zoom in"><svg
viewBox="0 0 14 14" width="14" height="14"></svg></button><button type="button" class="${css(5)}" title="Zoom out"><svg viewBox="0 0 14 14" width="14"
height="14">
</svg></button><button type="button" class="${css(5)}" title="Reset zoom"><svg viewBox="0 0 14 14" width="14" height="14"></svg></button></div></div>
<div class="${css(6)}"><div class="innerZoomElementWrapper"><div
id="story--components-inlinealert--${id}--primary-inner" class="sb-story sb-unstyled">${alert}</div>
</div></div></div></div><div class="docblock-code-toggle ${css(7)}"><button type="button" class="${css(8)}">Show code</button></div></div></div>`;
const alertHtml = (kind: string, text: string, before = '', after = ''): string =>
  `<div class="hds-inline-alert hds-inline-alert--${kind}" role="${kind === 'info' || kind === 'success' ? 'status' : 'alert'}"><svg class="hds-icon"
aria-hidden="true" viewBox="0 0 16 16"></svg><div class="hds-inline-alert__content">${before}<p class="hds-inline-alert__body">${text}</p>${after}</div></div>`;
const sbStoryAlert = (id: string, text: string): string =>
  id === 'with-title'
    ? alertHtml('info', text, '<p class="hds-inline-alert__title">Sync paused</p>')
    : alertHtml(id, text, '', id === 'error' ? '<button type="button" class="hds-button hds-button--small">Retry</button>' : '');
const argRow = (name: string, desc: string, type: string, def: string, control: string): string =>
  `<tr><td class="${css(20)}"><span class="${css(21)}">${name}</span></td><td><div class="${css(22)}"><p>${desc}</p></div><div class="${css(23)}"><span
class="${css(24)}">${type}</span></div></td><td><span class="${css(25)}">${def}</span></td><td>${control}</td></tr>`;
const radios = (opts: string[]): string =>
  `<fieldset class="${css(26)}">${opts
    .map(
      (o) => `<label for="control-variant-${o}"><input type="radio"
id="control-variant-${o}" name="variant" value="${o}"/>${o}</label>`,
    )
    .join('')}</fieldset>`;
const sbVariants = ['info', 'success', 'warning', 'error'];
const sbTable = `<table aria-hidden="false" class="docblock-argstable ${css(30)}"><thead class="docblock-argstable-head"><tr><th><span>Name</span></th>
<th><span>Description</span></th><th><span>Default</span></th><th><span class="${css(31)}">Control<button type="button"
class="${css(32)}">Reset controls</button>
</span></th></tr></thead><tbody class="docblock-argstable-body">
${argRow('variant', 'Visual style and ARIA role.', sbVariants.map((v) => `&quot;${v}&quot;`).join(' | '), '&quot;info&quot;', radios(sbVariants))}
${argRow('title', 'Optional bold first line.', 'string', '-', `<button type="button" class="${css(27)}">Set string</button>`)}
${argRow('onDismiss', 'Shows a close button when set.', '() =&gt; void', '-', '-')}
</tbody></table>`;
const sbH = (lvl: number, id: string, t: string): string =>
  `<h${lvl} class="sbdocs sbdocs-h${lvl} ${css(40 + lvl)}" id="${id}"><a aria-hidden="true" tabindex="-1" target="_self" href="#${id}" class="${css(44)}"><svg
viewBox="0 0 14 14" width="14" height="14"></svg></a>${t}</h${lvl}>`;
const ul = (items: string[]): string =>
  `<ul class="sbdocs sbdocs-ul ${css(50)}">${items.map((t) => `<li class="sbdocs sbdocs-li ${css(51)}">${t}</li>`).join('')}</ul>`;
const p = (t: string): string => `<p class="sbdocs sbdocs-p ${css(52)}">${t}</p>`;
const sbHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Components / InlineAlert - Docs ⋅ Harbor Design System</title>
<meta name="viewport" content="width=device-width, initial-scale=1" /><base target="_parent" />
<style>.sb-show-preparing-story:not(.sb-show-main) > :not(.sb-preparing-story) { display: none; } .sb-show-nopreview > :not(.sb-nopreview) { display: none; }
.sb-wrapper { position: fixed; top: 0; bottom: 0; left: 0; right: 0; overflow: auto; } .sb-nopreview { display: none; } .sb-errordisplay { display: none;
}</style>
<script>window.CONFIG_TYPE = 'PRODUCTION'; window.LOGLEVEL = 'info'; window.FRAMEWORK_OPTIONS = {}; window.CHANNEL_OPTIONS = {};
window.FEATURES = {"argTypeTargetsV7":true,"legacyDecoratorFileOrder":false,"disallowImplicitActionsInRenderV8":true};
window.STORIES = [{"titlePrefix":"","directory":"./src","files":"**/*.@(mdx|stories.@(js|jsx|mjs|ts|tsx))","importPathMatcher":"^\\\\.[\\\\\\\\/](?:src)"}];
window.DOCS_OPTIONS = {"defaultName":"Docs","autodocs":"tag"}; window.module = undefined; window.global = window;</script>
<link rel="stylesheet" href="./sb-preview/harbor-tokens.css" /><script type="module" crossorigin src="./assets/iframe-D4rKq2Lm.js"></script></head>
<body class="sb-main-padded sb-show-main sb-main-centered"><div class="sb-preparing-story sb-wrapper"><div class="sb-loader"></div></div>
<div class="sb-preparing-docs sb-wrapper"><div class="sb-previewBlock"><div class="sb-previewBlock_header"><div class="sb-previewBlock_icon"></div>
<div class="sb-previewBlock_icon"></div></div><div class="sb-previewBlock_body"><div class="sb-loader"></div></div></div></div>
<div class="sb-nopreview sb-wrapper"><div class="sb-nopreview_main"><h1 class="sb-nopreview_heading sb-heading">${sbNoPreview[0]}</h1><p>${sbNoPreview[1]}</p>
<ul><li>${sbNoPreview[2]}</li><li>${sbNoPreview[3]}</li></ul><p>${sbNoPreview[4]}</p></div></div>
<div class="sb-errordisplay sb-wrapper"><div class="sb-errordisplay_main"><h1 id="error-message"></h1><p>${sbErr}</p><pre class="sb-errordisplay_code"><code
id="error-stack"></code></pre></div></div>
<div id="storybook-root"></div>
<div id="storybook-docs"><div class="sbdocs sbdocs-wrapper ${css(60)}"><div class="sbdocs sbdocs-content ${css(61)}"><div class="sb-unstyled"><h1
class="${css(62)} sbdocs sbdocs-title">${sbTitle}</h1><h2 class="${css(63)} sbdocs sbdocs-subtitle">${sbSubtitle}</h2></div>
${p(sbIntro)}
${canvas('primary', alertHtml('success', sbPrimary))}
<div class="sbdocs sbdocs-table">${sbTable}</div>
${sbH(2, 'when-to-use', sbH1)}
${ul(sbUse)}
${sbH(2, 'when-not-to-use', sbH2)}
${ul(sbNotUse)}
${sbH(2, 'writing-the-message', sbH3)}
${p(sbB3)}
${sbH(2, 'accessibility', sbH4)}
${p(sbB4)}
<p class="sbdocs sbdocs-p hds-doc-meta ${css(53)}">Maintained by <a href="https://harbor.example/team">Harbor core team</a> · Last reviewed 12 September 2025 ·
<a href="https://github.com/harbor-ds/harbor/tree/main/packages/inline-alert">View source</a> · <a
href="https://figma.com/file/harbor?node-id=812">Figma</a></p>
<div class="sb-unstyled"><h2 class="sbdocs sbdocs-h2 ${css(42)}" id="stories">Stories</h2>
${sbStories.map(([id, name, desc, text]) => `${sbH(3, id, name)}\n${p(desc)}\n${canvas(id, sbStoryAlert(id, text))}`).join('\n')}
</div></div></div></div>
<script>window.__STORYBOOK_PREVIEW__ && window.__STORYBOOK_PREVIEW__.ready().then(() => document.body.classList.add('sb-docs-ready'));</script></body></html>`;
export const storybookDocs: TestPage = {
  html: sbHtml,
  name: 'heldout26-storybook-component-docs',
  kind: 'docs',
  // the subtitle is the page's standfirst: body; the intro, the two lists, the writing and accessibility paragraphs and each
  // story's description are body; the four h2s, "Stories" and the three story names (h3) are the headings; the rendered
  // example alerts in the canvases ("Your changes were saved.", "Sync paused"...) and their buttons are demos of the
  // component, not text about it: furniture, as is "Show code"; the ArgTypes table is reference data in cells, neither
  // paragraph nor list item: in no list (its header labels and "Reset controls" with it); "Harbor core team" and the
  // "Last reviewed" date are the bylines ("Maintained by" in neither); "View source", "Figma" and Storybook's hidden
  // no-preview and error texts are furniture; the demo's "Retry" button is a word of the body ("Retry upload"): left out
  title: sbTitle,
  headings: [sbH1, sbH2, sbH3, sbH4, 'Stories', ...sbStories.map(([, n]) => n)],
  body: texts([sbSubtitle, sbIntro, ...sbUse, ...sbNotUse, sbB3, sbB4, ...sbStories.map(([, , d]) => d)]),
  bylines: ['Harbor core team', 'Last reviewed 12 September 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sbNoPreview, sbErr, sbPrimary, 'Show code', 'View source', 'Figma', ...sbStories.map(([, , , t]) => t), 'Sync paused',
  ],
};
