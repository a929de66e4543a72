import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 96, file b2: a personal post on a Jekyll site with the minima theme, served from GitHub Pages (the
 * jekyll-seo-tag head, the site header with the checkbox menu trigger and page links, the post header with date and
 * author, kramdown footnotes with their ↩ back-links, a giscus comments container, and the minima footer with the
 * contact list, social links, site description and RSS link).
 */
const jkTitle = 'Two years of keeping a paper engineering notebook';
const jkP1 = [
  'In the autumn of 2023 I started keeping a paper notebook at work. Not a bullet journal, not a planner, just a cheap A5 ' +
    'notebook with numbered pages and a pen clipped to the cover. I have now filled eleven of them, and a few people have asked ' +
    'me why I bother when everything I do ends up in a ticket or a pull request anyway.',
  'This is my attempt at an answer.',
];
const jkH1 = 'What goes in it';
const jkP2 = ['Almost everything I would otherwise keep in my head for more than ten minutes:'];
const jkList = [
  'What I am trying to do right now, written as a single sentence at the top of a fresh page.',
  'Commands I ran and what they printed, when the output surprised me.',
  'Questions I want to ask someone, so I can batch them instead of interrupting.',
  'Dead ends, with a line on why each one was a dead end.',
];
const fnref = (n: number): string => `<sup id="fnref:${n}" role="doc-noteref"><a href="#fn:${n}" class="footnote" rel="footnote">${n}</a></sup>`;
const jkP3 = [
  'That last one turned out to be the most valuable. Six months later, when the same problem comes back, knowing what did not ' +
    `work saves more time than anything else.${fnref(1)}`,
];
const jkH2 = 'Why paper';
const jkP4 = [
  'I have tried the digital versions. Plain text files, a wiki, an outliner with backlinks. They all worked for a few weeks and ' +
    'then quietly became another place I forgot to look.',
  'Paper has two things going for it. It is always open, because it is sitting on the desk next to the keyboard. And it is ' +
    'slow, which sounds like a drawback but is the whole point: writing by hand forces me to decide what is worth writing down.',
];
const jkQuote = 'If I cannot explain what I am doing in one sentence at the top of the page, I am not ready to start typing.';
const jkP5 = ['I wrote that on the inside cover of the third notebook after a week spent going in circles, and I still read it most mornings.'];
const jkH3 = 'What did not work';
const jkP6 = [
  '<em>Indexing.</em> I spent the first few months keeping a careful index at the back of each notebook, and I have looked ' +
    'something up in it maybe four times. Now I just date every page, search my calendar or the commit history for the day I ' +
    'need, and flip to it.',
  '<em>Carrying it everywhere</em> also lasted about a month. The notebook lives at my desk. If I have an idea somewhere else, it ' +
    'goes in my phone and gets copied over the next morning, which is often when I realise it was not such a good idea.' +
    fnref(2),
];
const jkH4 = 'Should you try it?';
const jkP7 = [
  'If you often lose track of what you were doing after an interruption, probably yes. It costs a few pounds and you will know ' +
    'within a month whether it suits you. Number the pages, date everything, and write down the dead ends.',
];
const jkNotes = [
  'A colleague calls this “negative documentation”. I like the name more than I want to admit.',
  'Roughly half of the ideas survive the copying. I consider this a feature.',
];
const jkDesc = 'Notes on software, tools and the occasional bicycle repair.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
<title>${jkTitle} | Field Notes</title><meta name="generator" content="Jekyll v4.3.4"><meta property="og:title" content="${jkTitle}">
<meta name="author" content="Odile Marchetti"><meta property="og:locale" content="en_US">
<meta name="description" content="In the autumn of 2023 I started keeping a paper notebook at work.">
<link rel="canonical" href="https://omarchetti.github.example/2025/10/05/paper-notebook.html"><meta property="og:site_name" content="Field Notes">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-10-05T00:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Odile Marchetti"},
"dateModified":"2025-10-05T00:00:00+00:00","datePublished":"2025-10-05T00:00:00+00:00","description":"In the autumn of 2023 I started keeping a paper
notebook at work.","headline":"${jkTitle}","url":"https://omarchetti.github.example/2025/10/05/paper-notebook.html"}</script>
<!-- End Jekyll SEO tag --><link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate"
href="https://omarchetti.github.example/feed.xml" title="Field Notes"></head>
<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Field Notes</a>
<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger"><label for="nav-trigger"><span class="menu-icon">
<svg viewBox="0 0 18 15" width="18px" height="15px"><path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,
0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"></path></svg></span></label>
<div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/notes/">Notes</a><a class="page-link" href="/talks/">Talks</a>
<a class="page-link" href="/uses/">Uses</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header class="post-header">
<h1 class="post-title p-name" itemprop="name headline">${jkTitle}</h1>
<p class="post-meta"><time class="dt-published" datetime="2025-10-05T00:00:00+00:00" itemprop="datePublished">Oct 5, 2025
</time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Odile Marchetti</span></span></p>
</header>
<div class="post-content e-content" itemprop="articleBody">
${jkP1.map((t) => `<p>${t}</p>`).join('\n\n')}

<h2 id="what-goes-in-it">${jkH1}</h2>

<p>${jkP2[0]}</p>

<ul>
${jkList.map((t) => `  <li>${t}</li>`).join('\n')}
</ul>

<p>${jkP3[0]}</p>

<h2 id="why-paper">${jkH2}</h2>

${jkP4.map((t) => `<p>${t}</p>`).join('\n\n')}

<blockquote>
  <p>${jkQuote}</p>
</blockquote>

<p>${jkP5[0]}</p>

<h2 id="what-did-not-work">${jkH3}</h2>

${jkP6.map((t) => `<p>${t}</p>`).join('\n\n')}

<h2 id="should-you-try-it">${jkH4}</h2>

<p>${jkP7[0]}</p>

<div class="footnotes" role="doc-endnotes">
  <ol>
${jkNotes
  .map(
    (t, i) => `    <li id="fn:${i + 1}" role="doc-endnote">
      <p>${t} <a href="#fnref:${i + 1}" class="reversefootnote" role="doc-backlink">&#8617;</a></p>
    </li>`,
  )
  .join('\n')}
  </ol>
</div>

</div><div class="giscus"></div><script src="https://giscus.example/client.js" data-repo="omarchetti/omarchetti.github.io" data-repo-id="R_kgDOH2"
data-category="Comments" data-mapping="pathname" data-theme="light" crossorigin="anonymous" async></script>
<a class="u-url" href="/2025/10/05/paper-notebook.html" hidden></a></article></div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">Field Notes</h2>
<div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">Odile Marchetti</li>
<li><a class="u-email" href="mailto:odile@marchetti.example">odile@marchetti.example</a></li></ul></div>
<div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.example/omarchetti"><svg class="svg-icon"><use
xlink:href="/assets/minima-social-icons.svg#github"></use></svg> <span class="username">omarchetti</span></a></li><li><a rel="me"
href="https://mastodon.example/@odile"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#mastodon"></use></svg> <span
class="username">odile</span></a></li></ul></div>
<div class="footer-col footer-col-3"><p>${jkDesc}</p></div></div>
<p class="feed-subscribe"><a href="/feed.xml"><svg class="svg-icon orange"><path d="M12.8 16C12.8 8.978 7.022 3.2 0 3.2V0c8.777 0 16 7.223 16 16h-3.2z"></path>
</svg><span>Subscribe</span></a></p></div></footer></body></html>`;
export const jekyllPost: TestPage = {
  html,
  name: 'heldout96-jekyll-minima-personal-blog',
  kind: 'blog',
  // the blockquote and the footnotes are the author's text (body; a footnote's ↩ back-link is furniture, its reference
  // number stays inside its paragraph); the site title, page links, footer contact list, social handles and feed link are furniture
  title: jkTitle,
  headings: [jkH1, jkH2, jkH3, jkH4],
  body: [...jkP1, ...jkP2, ...jkList, ...texts(jkP3), ...jkP4, jkQuote, ...jkP5, ...texts(jkP6), ...jkP7, ...jkNotes],
  bylines: ['Oct 5, 2025', 'Odile Marchetti'],
  furniture: ['Field Notes', 'About', 'Notes', 'Talks', 'Uses', '↩', 'odile@marchetti.example', 'omarchetti', 'odile', jkDesc, 'Subscribe'],
};
