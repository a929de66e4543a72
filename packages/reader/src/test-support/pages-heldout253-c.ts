import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout253-kit.js';

/**
 * Held-out batch 253, file c: a screen-reader vendor's support article on Zendesk Guide with the Copenhagen theme (header
 * with "Submit a request" and "Sign in", breadcrumbs and search sub-nav, "Articles in this section" sidebar, article author
 * with relative time and "Updated", Follow button, a command table, share list, vote box, "Have more questions?", related
 * and recently viewed articles, comments header and "Powered by Zendesk").
 */
const title = 'Reading tables with Lumen Reader: navigation commands and settings';
const intro = [
  j(
    'Lumen Reader can read tables cell by cell, announce row and column headers as you move, and summarise the size of a table when',
    'you enter it. This article explains the commands and the settings that control how much is spoken.',
  ),
];
const h1 = 'Moving around a table';
const s1 = ['Place the cursor inside a table, then use the following commands. On a laptop keyboard, use Caps Lock as the Lumen key.'];
const rows = [
  ['Next cell in row', 'Ctrl + Alt + Right Arrow'],
  ['Previous cell in row', 'Ctrl + Alt + Left Arrow'],
  ['Cell below', 'Ctrl + Alt + Down Arrow'],
  ['Cell above', 'Ctrl + Alt + Up Arrow'],
  ['Read current row', 'Lumen + Shift + R'],
  ['Read current column', 'Lumen + Shift + C'],
  ['Jump to next table', 'T (browse mode)'],
];
const cells = rows.flat();
const h2 = 'Choosing how headers are announced';
const s2 = [
  j(
    'Open the Lumen Control Panel, select <strong>Speech</strong>, then <strong>Tables</strong>. Under <em>Header announcement</em>',
    'you can choose one of three options:',
  ),
];
const l2 = [
  '<strong>Changed headers only</strong> (default): the header is read only when it differs from the last cell you visited.',
  '<strong>Always</strong>: both headers are read with every cell, which is slower but useful for large data tables.',
  '<strong>Off</strong>: only the cell content is read.',
];
const h3 = 'When headers are not read';
const s3 = [
  j(
    'Lumen Reader relies on the table\u2019s markup. If a web page uses ordinary cells styled to look like headers, Lumen cannot',
    'tell them apart. In that case, press <strong>Lumen + Shift + H</strong> in the first row to mark it as the column header row',
    'for this table. Lumen remembers the choice for the page until you restart.',
  ),
  'In Word and Excel, headers are taken from the document\u2019s own header-row settings.',
];
const note = j('Note: table navigation commands require Lumen Reader 12.2 or later. To check your version, press Lumen + F1 and', 'select About.');
const crumbs = ['Brightline Access Support', 'Lumen Reader for Windows', 'Using the web'];
const section = [
  'Browse mode and focus mode',
  'Reading tables with Lumen Reader: navigation commands and settings',
  'Filling in web forms',
  'Lists of links and headings',
];
const related = ['Setting up Lumen Reader with a braille display', 'Keyboard layouts: desktop and laptop', 'Changing speech rate and voice'];
const share = ['Facebook', 'LinkedIn', 'Email'];
const html = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${title} \u2013 Brightline Access Support</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="hc:meta:server:k3Jd9sA2"><link rel="canonical" href="https://support.brightline.example/hc/en-us/articles/4410923">
<meta content="Lumen Reader can read tables cell by cell and announce row and column headers." name="description">
<link rel="stylesheet" media="all" href="//static.zdassets.example/hc/assets/application-5f1c2a.css">
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"brightline","environment":"production"}; HelpCenter.user = {"role":"anonymous"};</script>
<script src="//static.zdassets.example/hc/assets/hc_enduser-9c31.js"></script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.example/logo.png" alt="Brightline Access Help Center
home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialog" role="button" href="/hc/en-us/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${links(crumbs)}</ol></nav><div class="search-container"><form role="search" class="search" action="/hc/en-us/search">
<input type="search" name="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title"
aria-expanded="false"></button><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul>${links(section)}</ul></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${title}" class="article-title">${title}</h1>
<div class="article-author"><div class="avatar article-avatar"><span class="icon-agent"></span><img src="//brightline.example/avatar/77.png" alt=""
class="user-avatar"></div><div class="article-meta"><a href="/hc/en-us/profiles/77-Tomasz-Eriksen">Tomasz Eriksen</a>
<ul class="meta-group"><li class="meta-data"><time datetime="2026-01-20T10:14:05Z" title="2026-01-20 10:14" data-datetime="relative">1 month ago</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" title="Opens a sign-in dialog" rel="nofollow" role="button" href="/hc/en-us/articles/4410923/subscription.html">Follow</a>
</header><section class="article-info"><div class="article-content"><div class="article-body">${ps(intro)}<h2>${h1}</h2>${ps(s1)}
<table><thead><tr><th>Action</th><th>Command</th></tr></thead><tbody>
${rows.map((r) => `<tr><td>${r[0]}</td><td><kbd>${r[1]}</kbd></td></tr>`).join('\n')}</tbody></table>
<h2>${h2}</h2>${ps(s2)}<ul>${lis(l2)}</ul><h2>${h3}</h2>${ps(s3)}<div class="callout"><p>${note}</p></div></div>
<div class="article-attachments"><ul class="attachments"><li class="attachment-item"><a href="/hc/article_attachments/991/lumen-table-commands.pdf"
target="_blank">lumen-table-commands.pdf</a><div class="attachment-meta"><div class="attachment-meta-item">88 KB</div>
<a href="/hc/article_attachments/991/lumen-table-commands.pdf" class="attachment-meta-item">Download</a></div></li></ul></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
${share.map((s) => `<li><a href="#" class="share-${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></div>
<a href="#article-comments" class="article-comment-count"><span class="icon-comments"></span> 0 comments</a></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up" aria-label="This article was
helpful" aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down" aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">14 out of 16 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>Recently viewed articles</h2>
<ul>${links(['Browse mode and focus mode'])}</ul></section></div>
<div data-related-articles><section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(related)}</ul></section></div>
</section><div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview">
<h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p></header><p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Brightline Access Support</a>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (US)</button></div></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/" target="_blank">Powered by Zendesk</a></div></footer>
</body></html>`;
export const lumenSupport: TestPage = {
  name: 'heldout253-zendesk-screen-reader-support-article',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...intro, ...s1, ...cells, ...s2, ...l2, ...s3, note]),
  bylines: ['Tomasz Eriksen', '1 month ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...crumbs, 'Articles in this section', ...section.filter((s) => s !== title), 'Follow',
    'lumen-table-commands.pdf', '88 KB', 'Download', ...share, '0 comments', 'Was this article helpful?', 'Yes', '14 out of 16 found this helpful',
    'Have more questions?', 'Return to top', 'Recently viewed articles', 'Related articles', ...related, 'Comments', 'Article is closed for comments.',
    'English (US)', 'Powered by Zendesk',
  ],
};
