import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout110-kit.js';

/**
 * Held-out batch 110, file e2: a quickstart on a Microsoft Learn-style documentation site (the site header and product
 * nav, the breadcrumbs, the left TOC with its filter, the "Article" badge, date and contributors line, "Feedback" and
 * "Focus mode" buttons, the "In this article" list, "Prerequisites", NOTE and TIP alert boxes, code blocks with "Copy"
 * buttons, the "Next step" link, the "Was this page helpful?" widget, "Additional resources" and the footer).
 */
const title = 'Quickstart: Send and receive messages with the Northwind Queue client library for Python';
const intro = paras(`
In this quickstart, you create a queue in Northwind Queue Service, then use the Python client library to send three messages to
it and read them back. The steps take about ten minutes.

The code in this article uses the synchronous client. An asynchronous client with the same methods is available in the
<code>northwind.queue.aio</code> module, and quickstarts for .NET and Java cover the same steps in those languages.`);
const preH = 'Prerequisites';
const pre = [
  'A Northwind Cloud account. If you don’t have one, <a href="#">create a free account</a>.',
  'Python 3.9 or later.',
  'The Northwind CLI, version 2.4 or later, signed in with <code>nw login</code>.',
];
const h1 = 'Create a queue';
const p1 = paras(`Run the following command to create a queue named <code>orders</code> in your default project:`);
const note1 = 'Queue names must be unique within a project and can contain only lowercase letters, numbers and hyphens.';
const h2 = 'Install the client library';
const p2 = paras(`Create a virtual environment and install the <code>northwind-queue</code> package:`);
const h3 = 'Send messages';
const p3 = paras(`
Create a file named <code>send.py</code> and add the following code. The client reads your credentials from the environment
set up by the CLI, so you don't need to put a key in the code.`);
const p3b = paras(`Run the script. It prints the ID of each message the service accepted.`);
const tip = 'To send many messages at once, use <code>send_batch()</code>, which accepts up to 100 messages per call.';
const h4 = 'Receive and delete messages';
const p4 = paras(`
Create a file named <code>receive.py</code>. The code below receives up to ten messages, prints them and then deletes each one,
so that it isn't delivered again.

A received message stays hidden from other receivers for 30 seconds by default. If your code doesn't delete it in that time, the
message becomes visible again and another receiver can pick it up.`);
const note2 = 'Deleting a message is permanent. If you need to keep a record of processed messages, write them somewhere else first.';
const h5 = 'Clean up resources';
const p5 = paras(`When you no longer need the queue, delete it to avoid charges:`);
const nextH = 'Next step';
const nav = ['Documentation', 'Training', 'Q&A', 'Code Samples'];
const crumbs = ['Learn', 'Northwind Cloud', 'Queue Service'];
const toc = ['Overview', 'What is Northwind Queue Service?', 'Quickstarts', 'Python', '.NET', 'Java', 'Concepts', 'Message lifetime'];
const additional = ['Message lifetime and visibility timeout', 'Northwind Queue client library for Python reference', 'Queue Service pricing'];
const foot = ['English (United States)', 'Your Privacy Choices', 'Theme', 'Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks'];
const code = (
  lang: string,
  body: string,
): string => `<div class="codeHeader" id="code-try-${lang}"><span class="language">${lang === 'bash' ? 'Bash' : 'Python'}</span>
<button type="button" class="action position-relative" data-bi-name="copy" aria-label="Copy code"><span
class="icon margin-right-xxs"></span><span>Copy</span></button>
</div><pre tabindex="0" class="has-inner-focus"><code class="lang-${lang}" data-author-content="${body}"><span>${body}</span></code></pre>`;
const alert = (kind: string, label: string, t: string): string => `<div class="${kind}"><p>${label}</p><p>${t}</p></div>`;
const hh = (t: string): string => `<h2 id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</h2>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual show-breadcrumb default-focus" lang="en-us" dir="ltr" data-authenticated="false"
data-auth-status-determined="false" data-target="docs" x-ms-format-detection="none"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${title} - Northwind Cloud | Northwind Learn</title>
<meta name="ms.topic" content="quickstart"><meta name="ms.date" content="11/04/2026"><meta name="author" content="tquillan">
<meta name="description" content="Create a queue and send and receive messages with the Northwind Queue client library for Python.">
<meta name="github_feedback_content_git_url" content="https://github.com/northwind-docs/queue-docs/blob/main/articles/quickstart-python.md">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${title}","dateModified":"2026-11-04"}</script>
<link rel="stylesheet" href="/static/third-party/bootstrap/site-ltr.css"><script src="/_themes/docs.theme/master/en-us/_themes/global/deprecation.js"></script>
<script src="/static/assets/0.4.029/scripts/en-us/index-docs.js" type="module"></script></head>
<body lang="en-us" dir="ltr"><div class="header-holder has-default-focus"><a href="#main"
class="skip-to-main-link has-outline-color-text visually-hidden-until-focused
position-fixed has-inner-focus focus-visible top-0 left-0 right-0 padding-xs text-align-center background-color-body">Skip to main content</a>
<div id="ms--site-header"><header class="site-header"><a class="logo" href="/"><span>Northwind Learn</span></a><nav aria-label="site header"><ul>${links(nav)}
</ul></nav><a class="button" href="/signin">Sign in</a></header></div>
<div id="article-header" class="background-color-body"><nav id="article-header-breadcrumbs" aria-label="Breadcrumb" role="navigation"><ol class="breadcrumbs">
${crumbs.map((t) => `<li itemprop="itemListElement"><a href="#">${t}</a></li>`).join('')}</ol></nav><div class="article-header-actions">
<button class="button button-sm button-clear" data-bi-name="focusmode">Focus mode</button></div></div></div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body"><div class="columns has-large-gaps is-gapless-mobile">
<div id="left-container" class="left-container is-hidden-mobile column is-one-third-tablet is-one-quarter-desktop"><nav id="affixed-left-container"
class="margin-top-sm-tablet position-sticky display-flex flex-direction-column" aria-label="Primary"><form class="filter-form"><label
class="visually-hidden" for="toc-filter">Table of contents</label><input id="toc-filter" placeholder="Filter by title"></form>
<ul class="tree table-of-contents">${links(toc, 'tree-item')}</ul><a class="view-pdf" href="#">Download PDF</a></nav></div>
<section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop"><div class="columns is-gapless-mobile has-large-gaps">
<div id="main-column" class="column is-full is-8-desktop"><main id="main" role="main" class="content" data-bi-name="content" lang="en-us" dir="ltr">
<div class="content"><h1 id="quickstart">${title}</h1><div class="page-metadata-container display-flex gap-xxs justify-content-space-between
flex-wrap-wrap"><div><ul class="metadata page-metadata" data-bi-name="page info" lang="en-us" dir="ltr"><li class="visibility-hidden-visual-diff">
<span class="badge badge-sm text-wrap-pretty"><span>Article</span></span></li><li class="visibility-hidden-visual-diff"><local-time format="twoDigitNumeric"
datetime="2026-11-04T08:00:00Z" data-article-date-source="calculated" class="is-invisible">11/04/2026</local-time></li><li class="contributors-holder">
<button class="contributors-button link-button" data-bi-name="contributors" title="8 contributors">8 contributors</button></li></ul></div>
<div class="feedback-verbatim display-flex"><button class="button button-sm button-clear" data-bi-name="feedback-cta">Feedback</button></div></div>
<nav id="center-doc-outline" class="doc-outline is-hidden-desktop display-none-print margin-bottom-sm" data-bi-name="intopic toc" aria-label="In this article">
<h2 id="ms--in-this-article" class="title is-6 margin-block-xs">In this article</h2><ol>${[preH, h1, h2, h3, h4, h5, nextH]
  .map((t) => `<li><a href="#">${t}</a></li>`)
  .join('')}</ol></nav>
${ps(intro)}
${hh(preH)}
<ul>${lis(pre)}</ul>
${hh(h1)}
${ps(p1)}
${code('bash', 'nw queue create --name orders')}
${alert('NOTE', 'Note', note1)}
${hh(h2)}
${ps(p2)}
${code('bash', 'python -m venv .venv &amp;&amp; pip install northwind-queue')}
${hh(h3)}
${ps(p3)}
${code('python', 'from northwind.queue import QueueClient')}
${ps(p3b)}
${alert('TIP', 'Tip', tip)}
${hh(h4)}
${ps(p4)}
${code('python', 'for msg in client.receive(max_messages=10): print(msg.body); client.delete(msg)')}
${alert('NOTE', 'Note', note2)}
${hh(h5)}
${ps(p5)}
${code('bash', 'nw queue delete --name orders')}
${hh(nextH)}
<div class="nextstepaction"><p><a href="#">Learn how message lifetime works</a></p></div>
</div>
<section class="feedback-section position-relative" data-bi-name="feedback-section"><h2 id="ms--feedback" class="title is-3">Feedback</h2>
<div id="ms--inline-feedback" class="display-flex flex-wrap-wrap align-items-center"><p class="font-weight-semibold margin-xxs">Was this page helpful?</p>
<button class="thumb-rating button button-primary button-sm" data-bi-name="button-rating-yes" title="Yes">Yes</button>
<button class="thumb-rating button button-sm" data-bi-name="button-rating-no" title="No">No</button></div>
<div class="display-flex"><a class="button button-clear" href="#">Provide product feedback</a></div></section></main></div>
<div id="ms--additional-resources" class="right-container column is-4-desktop display-none display-block-desktop"><h2
class="title is-6">Additional resources</h2>
<ul>${links(additional)}</ul></div></div></section></div></div>
<footer id="footer" data-bi-name="footer" class="footer-layout has-padding has-border-top uhf-container"><div class="display-flex gap-xs flex-wrap-wrap">
<a class="locale-selector-link button button-sm button-clear" href="#">English (United States)</a><button
class="button button-clear">Your Privacy Choices</button>
<button class="button button-clear theme-dropdown-trigger">Theme</button></div><ul class="links">${links(foot.slice(3))}<li>© Northwind 2026</li></ul></footer>
</body></html>`;
export const learnDocs: TestPage = {
  html,
  name: 'heldout110-learn-docs-quickstart',
  kind: 'docs',
  // the Prerequisites section is part of the page (heading and items body); NOTE and TIP box texts are body and their
  // "Note" / "Tip" labels in neither list; code blocks in neither list; the "In this article" list repeats the headings
  // and is left out; the next-step link and the "Article" badge, date and contributors line are furniture / bylines
  title,
  headings: [preH, h1, h2, h3, h4, h5, nextH],
  body: texts([...intro, ...pre, ...p1, note1, ...p2, ...p3, ...p3b, tip, ...p4, note2, ...p5]),
  bylines: ['11/04/2026', '8 contributors'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northwind Learn', ...nav, 'Sign in', ...crumbs, 'Focus mode', 'Table of contents', ...toc, 'Download PDF', 'Article', 'Feedback',
    'In this article', 'Bash', 'Python', 'Copy', 'Learn how message lifetime works', 'Was this page helpful?', 'Yes', 'No', 'Provide product feedback',
    'Additional resources', ...additional, ...foot, '© Northwind 2026',
  ],
};
