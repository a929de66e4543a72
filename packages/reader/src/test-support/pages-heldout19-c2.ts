import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 19, file c2: a Confluence Cloud page shared publicly (space header, breadcrumbs, page tree sidebar,
 * "Created by ... last updated on ..." line, the body with an info panel macro, a table of contents macro, an expand macro,
 * "Like" with reactions, the comments section and the Atlassian footer).
 */
const cfTitle = 'Field kit checkout and return process';
const cfPanel = 'This process applies to all survey teams from the 2026 season. Questions go to the equipment desk.';
const cfBody1 = [
  'Every survey team borrows its field kit from the equipment room in Building C. Each kit holds a GPS receiver, a tablet, two ' +
    'radios and a first aid pouch, and each is tracked by the barcode on its case.',
];
const cfH1 = 'Checking a kit out';
const cfSteps = [
  'Book the kit in the equipment calendar at least two working days before you leave.',
  'Collect it from the equipment desk and scan the case barcode with the desk tablet.',
  'Open the case and tick each item on the printed list before you sign for it.',
];
const cfH2 = 'Returning a kit';
const cfBody2 = [
  'Bring the kit back within one working day of returning from the field, charged and with the tablet logged out of every account.',
  'Report any damaged or missing item on the return form, even if it seems minor. A cracked radio antenna found by the next team ' + 'costs them a day.',
];
const cfExpandTitle = 'What happens if a kit is late?';
const cfExpand = 'The desk sends a reminder after one day and blocks new bookings for the team after three days until the kit is back.';
const cfTree = ['Survey Operations', 'Onboarding', 'Field safety', 'Field kit checkout and return process', 'Vehicle booking', 'Data upload'];
const cfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${cfTitle} - Survey Operations - Confluence</title>
<meta name="ajs-page-id" content="2283012101"><meta name="ajs-space-key" content="SURVEY"></head>
<body class="aui-layout aui-theme-default"><div id="AkTopNav" data-testid="app-navigation"><a href="/wiki">Confluence</a>
<a href="/wiki/spaces">Spaces</a><button>Create</button><input placeholder="Search"><a href="/login">Log in</a></div>
<div id="AkSideNavigation" data-testid="space-navigation"><div class="space-header"><span>Survey Operations</span></div>
<nav aria-label="Page tree"><h2>Content</h2><ul class="page-tree">${links(cfTree.slice(1), 'page-tree-node')}</ul></nav></div>
<div id="AkMainContent"><nav aria-label="Breadcrumbs" data-testid="breadcrumbs"><ol><li><a href="/wiki/spaces/SURVEY">Survey Operations</a></li>
<li><a href="/wiki/spaces/SURVEY/pages/2283012000">Equipment</a></li></ol></nav>
<div data-testid="page-header"><h1 id="title-text" data-test-id="title-text">${cfTitle}</h1>
<div class="page-metadata" data-testid="page-metadata-banner"><span>Created by <a href="/wiki/people/5f1a">Priya Nandakumar</a></span>,
<span>last updated on <a href="/wiki/pages/viewpreviousversions.action">Oct 30, 2025</a></span>
<span class="reading-time">2 min read</span></div><button>Share</button><button aria-label="More actions">•••</button></div>
<div id="main-content" class="wiki-content ak-renderer-document" data-testid="page-content">
<div class="ak-editor-panel" data-panel-type="info"><div class="ak-editor-panel__icon" aria-label="info"></div>
<div class="ak-editor-panel__content"><p>${cfPanel}</p></div></div>
<div class="toc-macro" data-macro-name="toc"><ul><li><a href="#Checking-a-kit-out">${cfH1}</a></li><li><a href="#Returning-a-kit">${cfH2}</a></li></ul></div>
${cfBody1.map((p) => `<p data-renderer-start-pos="1">${p}</p>`).join('\n')}
<h2 id="Checking-a-kit-out">${cfH1}</h2>
<ol>${cfSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
<h2 id="Returning-a-kit">${cfH2}</h2>
${cfBody2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ak-renderer-extension expand-container" data-node-type="expand"><button aria-expanded="false" class="expand-control">
<span class="expand-icon"></span><span class="expand-control-text">${cfExpandTitle}</span></button>
<div class="expand-content" hidden><p>${cfExpand}</p></div></div></div>
<div data-testid="page-reactions"><button data-testid="like-button">Like</button><span>Be the first to like this</span>
<button aria-label="Add reaction">Add reaction</button></div>
<div id="comments-section" data-testid="comments"><h2>Comments</h2><div class="comment"><span><a href="/wiki/people/77c2">Jonas Ekberg</a></span>
<p>Can the desk tablet also scan the old kits from before the barcode change?</p><span>Nov 03, 2025</span></div>
<div class="comment"><span><a href="/wiki/people/5f1a">Priya Nandakumar</a></span><p>Yes, the old labels still work, they just show a warning.</p>
<span>Nov 03, 2025</span></div><p>Log in to add a comment</p></div></div>
<div id="cookie-banner" role="dialog">
<p>Atlassian uses cookies to improve your browsing experience, perform analytics and research, and conduct advertising.</p>
<button>Accept all cookies</button><button>Preferences</button></div>
<footer id="footer" class="atlassian-footer"><ul>${links([
  'Powered by Confluence',
  'Privacy Policy',
  'Terms of Use',
  'Notice at Collection',
  'Report a problem',
])}</ul><p>© 2025 Atlassian</p></footer></body></html>`;
export const confluence: TestPage = {
  html: cfHtml,
  name: 'heldout19-confluence-public-page',
  kind: 'docs',
  // the info panel, the intro, the numbered steps, the return paragraphs and the expand macro's title and hidden text are the
  // page's text: body; the two h2s are the headings (the toc macro repeats them word for word: in neither list); "Priya
  // Nandakumar" and the "last updated" date are bylines ("Created by", "last updated on" in neither); the page title in the
  // page tree and the space name (breadcrumb, tree, space header) are each counted once; reading time, Share, "Like", the
  // reactions, the comments section with its posts, the cookie banner, top nav and footer are furniture; the breadcrumb
  // "Equipment" is a word of the body ("equipment room"): left out
  title: cfTitle,
  headings: [cfH1, cfH2],
  body: [cfPanel, ...texts(cfBody1), ...cfSteps, ...texts(cfBody2), cfExpandTitle, cfExpand],
  bylines: ['Priya Nandakumar', 'Oct 30, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Confluence', 'Spaces', 'Create', 'Log in', 'Survey Operations', 'Content', 'Onboarding', 'Field safety', 'Vehicle booking', 'Data upload',
    '2 min read', 'Share', '•••', 'Like', 'Be the first to like this', 'Add reaction', 'Comments', 'Jonas Ekberg',
    'Can the desk tablet also scan the old kits from before the barcode change?', 'Yes, the old labels still work, they just show a warning.',
    'Nov 03, 2025', 'Log in to add a comment',
    'Atlassian uses cookies to improve your browsing experience, perform analytics and research, and conduct advertising.',
    'Accept all cookies', 'Preferences', 'Powered by Confluence', 'Privacy Policy', 'Terms of Use', 'Notice at Collection', 'Report a problem',
    '© 2025 Atlassian',
  ],
};
