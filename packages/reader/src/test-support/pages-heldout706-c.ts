import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout706-kit.js';

/**
 * Held-out batch 706, file c: a think-tank blog post on Drupal 10 (custom theme, with a pull quote, a comparison table,
 * numbered notes, author teasers and a related-research view), and a personal essay on Medium (its hashed-class post
 * template, with in-body h1 section headings, a photo caption and the responses and recommendations below).
 */
const dTitle = 'Citizens’ assemblies need a route into law, not just a final report';
const dSummary = j(
  'Five years after the first national assembly on housing, most of its recommendations are still waiting for a vote. A simple',
  'procedural change could fix that.',
);
const dSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'When the National Citizens’ Assembly on Housing delivered its final report in the spring of 2022, ministers called it a',
        'landmark in democratic renewal. Ninety-six randomly selected members had spent six weekends hearing evidence, arguing and',
        'voting, and they agreed 31 recommendations, many by large majorities.',
      ),
      j(
        'Five years on, our analysis finds that only four of those recommendations have been implemented in full. Nine have been',
        'partly taken forward. The remaining eighteen have never been debated in Parliament at all.<sup><a href="#fn1" id="fnref1">1</a></sup>',
      ),
    ],
  ],
  [
    'The problem is not the assemblies',
    [
      j(
        'It would be easy to conclude that deliberative democracy has failed. We think that is the wrong lesson. Every evaluation of',
        'the housing assembly, including the Government’s own, found that members were representative, well informed and able to',
        'reach considered judgements on difficult trade-offs.<sup><a href="#fn2" id="fnref2">2</a></sup>',
      ),
      j(
        'The weakness lies in what happens next. An assembly’s report lands on a minister’s desk with no obligation attached. There',
        'is no deadline for a response, no requirement to explain a rejection and no moment at which Parliament has to engage with',
        'the recommendations.',
      ),
    ],
  ],
  ['What other countries do', ['Elsewhere, assemblies are wired into the legislative process. We looked at three models:']],
];
const dSec = (i: number): [string, string[]] => dSecs[i] ?? ['', []];
const dRows = [
  ['Model', 'Response deadline', 'Parliamentary debate', 'Example'],
  ['Duty to respond', '6 months', 'No', 'Valdria regional assemblies'],
  ['Guaranteed debate', '3 months', 'Yes, on a votable motion', 'Ostmark federal assembly'],
  ['Referral to referendum', '12 months', 'Yes, then a public vote', 'Lisvanian constitutional convention'],
];
const dAfterTable = j(
  'The Ostmark model is the one we think fits best. It does not hand law-making power to an unelected body, which would raise',
  'real questions of accountability, but it does guarantee that elected representatives have to take a public position.',
);
const dProposal = [
  j(
    'We propose a simple change to Standing Orders. When a national citizens’ assembly reports, the Government would have three',
    'months to publish a response to each recommendation, saying whether it accepts, rejects or wants more time to consider it.',
    'Any recommendation supported by at least two thirds of assembly members would then be the subject of a debate and a',
    'votable motion in government time.',
  ),
  j(
    'This would cost almost nothing. It requires no new legislation, and it would give the next assembly, on social care, which',
    'is due to begin sitting in September, a far stronger claim on the attention of ministers than its predecessor ever had.',
  ),
  j(
    'There is a risk that a guaranteed vote leads to recommendations being voted down in public rather than quietly ignored.',
    'We think that is a price worth paying. A clear no, with reasons, is more respectful of the time citizens give than silence.',
  ),
  'We will set out the proposal in more detail, with draft wording for the Standing Order, in a paper to be published in April.',
];
const dNotes = [
  'Ardley Institute analysis of government responses and Hansard, January 2027.',
  'Department for Communities, Evaluation of the National Citizens’ Assembly on Housing, 2023, pp. 14–19.',
];
const dNav = ['Research', 'Blog', 'Events', 'Experts', 'About us', 'Support us'];
const dTopics = ['Democracy & elections', 'Constitution'];
const dRelated = [
  ['Report', 'Deliberation by design: lessons from twelve local assemblies', '14 November 2026'],
  ['Blog', 'Should select committees be able to compel ministers?', '30 January 2027'],
  ['Event', 'Book launch: The Listening State', '5 March 2027'],
];
const dFoot = ['Privacy notice', 'Cookies', 'Accessibility', 'Jobs', 'Contact'];
const dShare = ['Share on X', 'Share on LinkedIn', 'Share on Bluesky', 'Share by email'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<meta name="description" content="${dSummary}"><link rel="canonical" href="https://www.ardleyinstitute.org/blog/citizens-assemblies-route-law">
<meta property="og:site_name" content="Ardley Institute"><meta property="og:type" content="article"><meta property="og:title" content="${dTitle}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<title>Citizens’ assemblies need a route into law, not just a final report | Ardley Institute</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm4r8n2Y.css?delta=0&amp;language=en&amp;theme=ardley&amp;include=eJxL">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4471","isFront":false},
"eu_cookie_compliance":{"cookie_policy_version":"1.0.0","popup_enabled":true},"user":{"uid":0}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${dTitle}",
"author":[{"@type":"Person","name":"Imogen Sallis"},{"@type":"Person","name":"Tariq Mendel"}],"datePublished":"2027-02-12T09:00:00+0000"}]}</script>
</head><body class="path-node page-node-type-blog-post"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header"><div id="block-ardley-branding" class="block block-system
block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/ardley/logo.svg" alt="Home"></a>
<div class="site-name"><a href="/" rel="home">Ardley Institute</a></div></div>
<nav role="navigation" aria-labelledby="block-ardley-main-menu-menu" id="block-ardley-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-ardley-main-menu-menu">Main navigation</h2><ul class="menu menu--level-1">${links(dNav, 'menu-item')}</ul></nav>
<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get">
<label for="edit-keys" class="visually-hidden">Search</label><input type="search" id="edit-keys" name="keys"></form></div></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-ardley-content" class="block block-system block-system-main-block">
<article role="article" about="/blog/citizens-assemblies-route-law" class="node node--type-blog-post node--promoted node--view-mode-full">
<div class="node__header"><div class="field field--name-field-content-type field__item">Blog</div>
<h1 class="page-title"><span class="field field--name-title field--type-string">${dTitle}</span></h1>
<div class="field field--name-field-summary field--type-string-long field__item">${dSummary}</div>
<div class="node__meta"><div class="field field--name-field-authors field--type-entity-reference"><span class="field__label">Written by</span>
<div class="field__items"><div class="field__item"><a href="/experts/imogen-sallis" hreflang="en">Imogen Sallis</a></div>
<div class="field__item"><a href="/experts/tariq-mendel" hreflang="en">Tariq Mendel</a></div></div></div>
<div class="field field--name-field-date"><time datetime="2027-02-12T09:00:00Z" class="datetime">12 February 2027</time></div>
<div class="node__reading-time">6 minute read</div>
<div class="share-links"><span class="share-links__label">Share</span><ul>${dShare
  .map((s) => `<li><a href="#" class="share-link"><span class="visually-hidden">${s}</span></a></li>`)
  .join('')}</ul></div>
<a class="button button--download" href="/sites/default/files/2027-02/citizens-assemblies-route-law.pdf">Download PDF</a></div></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(dSec(0)[1])}
<h2>${dSec(1)[0]}</h2>
${ps([at(dSec(1)[1], 0)])}
<blockquote class="pull-quote"><p>An assembly’s report lands on a minister’s desk with no obligation attached.</p></blockquote>
${ps([at(dSec(1)[1], 1)])}
<h2>${dSec(2)[0]}</h2>
${ps(dSec(2)[1])}
<table class="table table--striped"><thead><tr>${(dRows[0] ?? []).map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>
${dRows
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>
<p>${dAfterTable}</p>
<h2>Our proposal</h2>
${ps(dProposal)}
</div>
<div class="field field--name-field-notes"><h2 class="field__label">Notes</h2><ol class="footnotes">
${dNotes.map((n, i) => `<li id="fn${i + 1}">${n} <a href="#fnref${i + 1}" class="footnote-backref">↩</a></li>`).join('\n')}</ol></div>
<div class="field field--name-field-topics"><h2 class="field__label">Topics</h2><ul class="field__items">${links(dTopics, 'field__item')}</ul></div>
<div class="field field--name-field-authors field--view-mode-teaser"><h2 class="field__label">About the authors</h2>
<div class="person-teaser"><h3 class="person-teaser__name"><a href="/experts/imogen-sallis">Imogen Sallis</a></h3>
<p class="person-teaser__role">Director of Democracy Research</p></div>
<div class="person-teaser"><h3 class="person-teaser__name"><a href="/experts/tariq-mendel">Tariq Mendel</a></h3>
<p class="person-teaser__role">Research Fellow</p></div></div></div></article></div>
<div class="views-element-container block block-views block-views-blockrelated-content-block-1"><h2 class="block__title">Related</h2>
<div class="view view-related-content"><div class="view-content">${dRelated
  .map(
    ([t, h, d]) => `<div class="views-row"><article class="card"><span class="card__type">${t}</span>
<h3 class="card__title"><a href="/x">${h}</a></h3><time class="card__date">${d}</time></article></div>`,
  )
  .join('\n')}</div></div></div>
<div id="block-newslettersignup" class="block block-block-content newsletter-block"><h2 class="block__title">Get our research in your inbox</h2>
<div class="block__content"><p>A fortnightly round-up of new reports, blogs and events.</p><form class="newsletter-form" action="/newsletter" method="post">
<label for="nl-email">Email address</label><input type="email" id="nl-email" name="email"><input type="submit" value="Sign up" class="button">
</form></div></div></div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div class="block block-block-content footer-address">
<p>Ardley Institute, 9 Carver Row, Lenham LN1 4DT</p><p>The Ardley Institute is an independent charity, registered number 1163390.</p></div>
<nav class="block block-menu menu--footer" aria-labelledby="block-footer-menu"><h2 class="visually-hidden" id="block-footer-menu">Footer</h2>
<ul class="menu">${links(dFoot, 'menu-item')}</ul></nav></div></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner
eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in"><div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking the Accept button, you agree to us doing so.</p><button type="button" class="find-more-button eu-cookie-compliance-more-button">More
info</button></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/sites/default/files/js/js_Xk2bR.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=ardley"></script></body></html>`;
const drupal: TestPage = gold({
  name: 'heldout706-drupal-citizens-assemblies',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: ['The problem is not the assemblies', 'What other countries do', 'Our proposal'],
  body: texts([dSummary, ...dSecs.flatMap(([, p]) => p), ...dRows.map((r) => r.join(' ')), dAfterTable, ...dProposal]),
  bylines: ['Imogen Sallis', 'Tariq Mendel', '12 February 2027', '6 minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ardley Institute', 'Main navigation', ...dNav, 'Search', 'Written by', 'Share', ...dShare, 'Download PDF',
    'An assembly’s report lands on a minister’s desk with no obligation attached.', 'Notes', ...dNotes, '↩', 'Topics', ...dTopics, 'About the authors',
    'Director of Democracy Research', 'Research Fellow', 'Related', ...dRelated.flat(), 'Get our research in your inbox',
    'A fortnightly round-up of new reports, blogs and events.', 'Email address', 'Ardley Institute, 9 Carver Row, Lenham LN1 4DT',
    'The Ardley Institute is an independent charity, registered number 1163390.', 'Footer', ...dFoot,
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'More info', 'Accept',
    'No, thanks',
  ],
});

const mTitle = 'What eleven years of drafting laws taught me about why they go wrong';
const mSub = 'Most bad legislation isn’t written by bad people. It’s written in a hurry.';
type Block = ['p' | 'h' | 'q' | 'li', string];
const mBlocks: Block[] = [
  [
    'p',
    j(
      'For eleven years my job was to turn policy into law. A minister would decide that something should happen, officials would',
      'write a set of instructions, and my colleagues and I in the drafting office would turn those instructions into clauses that',
      'a court could apply and a citizen could, at least in theory, understand.',
    ),
  ],
  [
    'p',
    j(
      'I left last summer. I am still bound by the usual duties of confidence, so I will not be telling stories about particular',
      'bills. But I have been asked often enough why laws go wrong that I wanted to write down what I think the answer is.',
    ),
  ],
  ['h', 'Time is the enemy'],
  [
    'p',
    j(
      'The single biggest cause of defective legislation I saw was not ideology or incompetence. It was the timetable. A bill that',
      'needs eighteen months of careful work is routinely given six, because it has been promised in a manifesto or announced in a',
      'speech before anybody has asked how it will work.',
    ),
  ],
  [
    'p',
    j(
      'When time runs short, the first thing to go is consultation with the people who will have to operate the law. The second is',
      'the slow, dull work of checking how a new provision interacts with the hundreds of existing ones it touches.',
    ),
  ],
  ['h', 'Instructions that do not instruct'],
  [
    'p',
    j(
      'Drafters work from instructions, and the instructions are often not ready. I lost count of the times I received a document',
      'that said, in effect, “the Secretary of State should have a power to do whatever is necessary”.',
    ),
  ],
  [
    'p',
    j(
      'That is how you end up with a bill full of delegated powers. It is not, usually, a sinister grab for executive authority. It',
      'is a way of postponing decisions that nobody has had time to make.',
    ),
  ],
  ['q', '“Every broad power in a bill is a question that somebody did not have time to answer.”'],
  ['p', 'That was a senior colleague’s line, and I have never heard it put better.'],
  ['h', 'Amendments at the last minute'],
  [
    'p',
    j(
      'The other danger zone is the final stages. Late amendments, often tabled to settle a political row, get a fraction of the',
      'scrutiny that the original clauses received. Several of the provisions that later ended up in the courts started life as a',
      'concession made on the night before report stage.',
    ),
  ],
  ['h', 'What would help'],
  ['p', 'I do not think there is a single fix, but a few changes would make a real difference:'],
  ['li', 'Publish more bills in draft, and leave time to change them after the draft has been scrutinised.'],
  ['li', 'Require a short statement, for every delegated power, explaining why the detail cannot go on the face of the bill.'],
  ['li', 'Give drafters the final say on when a bill is ready for introduction, rather than the business managers.'],
  ['li', 'Fund post-legislative review properly, so that mistakes are found by the state rather than by litigants.'],
  [
    'p',
    j(
      'None of these is glamorous, and none of them will win an election. But every one of them would mean fewer laws that do',
      'something other than what Parliament intended.',
    ),
  ],
  ['p', j('If you have worked on legislation, in government, in Parliament or outside it, I would like to hear what you think. The', 'responses are open.')],
];
const mId = (i: number): string => (0x3a11 + i * 37).toString(16);
const mP = (t: string, i: number): string =>
  `<p id="${mId(i)}" class="pw-post-body-paragraph ng nh fr ni b nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od fk bk"
data-selectable-paragraph="">${t}</p>`;
const mBody = (): string => {
  const out: string[] = [];
  let list: string[] = [];
  mBlocks.forEach(([k, t], i) => {
    if (k === 'li') {
      list.push(
        `<li id="${mId(i)}" class="ng nh fr ni b nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od pd pe pf bk"
data-selectable-paragraph="">${t}</li>`,
      );
      return;
    }
    if (list.length > 0) {
      out.push(`<ul class="">${list.join('')}</ul>`);
      list = [];
    }
    if (k === 'p') out.push(mP(t, i));
    else if (k === 'h')
      out.push(`<h1 id="${mId(i)}" class="oe of fr bf og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy bk" data-selectable-paragraph="">${t}</h1>`);
    else
      out.push(
        `<blockquote class="pg ph pi"><p id="${mId(i)}" class="pj pk fr bf pl pm pn po pp pq pr oc dx" data-selectable-paragraph="">${t}</p></blockquote>`,
      );
    if (i === 4)
      out.push(`<figure class="ps pt pu pv pw px pp pq paragraph-image"><div role="button" tabindex="0" class="py pz fj qa bh qb"><div class="pp pq qc">
<picture><img alt="" class="bh lm qd c" width="700" height="467" loading="lazy" role="presentation" src="https://miro.medium.com/v2/resize:fit:1400/1*Qd8.jpeg">
</picture></div></div><figcaption class="qe ff qf pp pq qg qh bf b bg z dx" data-selectable-paragraph="">Draft clauses, marked up at 2am. Photo by the
author</figcaption></figure>`);
  });
  return out.join('\n');
};
const mTags = ['Law', 'Politics', 'Government', 'Legislation', 'Public Policy'];
const mMore = [
  'The clause nobody read: a short history of a drafting error',
  'Why “shall” is disappearing from our statutes',
  'How a bill becomes an Act, explained for people who have better things to do',
];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mHtml = `<!doctype html><html lang="en"><head><title>What eleven years of drafting laws taught me about why they go wrong | by Colm Rafferty |
Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" name="theme-color" content="#000000"><meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:title" content="${mTitle}"><meta data-rh="true" property="og:description" content="${mSub}">
<meta data-rh="true" name="author" content="Colm Rafferty"><meta data-rh="true" property="article:published_time" content="2027-02-19T08:41:12.334Z">
<meta data-rh="true" name="twitter:label1" content="Reading time"><meta data-rh="true" name="twitter:data1" content="6 min read">
<link data-rh="true" rel="canonical" href="https://medium.com/@colmrafferty/what-eleven-years-of-drafting-laws-taught-me-4b1e9d2c7a10">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"SocialMediaPosting","headline":"${mTitle}",
"author":{"@type":"Person","name":"Colm Rafferty","url":"https://medium.com/@colmrafferty"},"datePublished":"2027-02-19T08:41:12.334Z",
"publisher":{"@type":"Organization","name":"Medium"},"isAccessibleForFree":true}</script>
<style type="text/css" data-fela-rehydration="566" data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%}</style>
<style type="text/css" data-fela-rehydration="566" data-fela-type="RULE">.a{font-family:medium-content-sans-serif-font}.fr{color:#242424}</style></head>
<body><div id="root"><div class="a b c"><div class="l c"><div class="l"><div class="ab c"><div class="cu cv cw"><div class="bh ab"><div class="ab q cx">
<a class="au ay az ba bb bc bd be bf bg bh bi bj bk bl bm bn" data-testid="headerMediumLogo" href="/?source=post_page---top_nav_layout_nav----"
aria-label="Homepage">
<svg viewBox="0 0 1043.63 592.71" class="cy cz"></svg></a><div class="ab ei"><div class="bm" aria-hidden="false">
<div class="ab ae q ej ek el"><input role="combobox" aria-controls="searchResults" aria-expanded="false" aria-label="search" data-testid="headerSearchInput"
tabindex="0" class="ab em en eo ao ep eq er es et eu ev ew ex ey ez fa fb fc" placeholder="Search" value=""></div></div></div></div>
<div class="h k w fd fe"><div class="fg ab"><div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar as at"
data-testid="headerWriteButton"
href="/new-story?source=post_page---top_nav_layout_nav----" rel="noopener follow"><div class="bf b bg z dx fh fi ab q fj fk"><div
class="fl">Write</div></div></a></div>
</div></div><div class="ab q"><span><a class="au av aw ax ay az ba bb bc bd be bf bg bh bi" data-testid="headerSignUpButton"
href="/m/signin?operation=register">Sign up</a></span><span><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerSignInButton"
href="/m/signin?operation=login">Sign in</a></span></div></div></div></div>
<article><div class="l"><div class="l"><section><div><div class="gm gn go gp gq"></div><div class="gr gs gt gu gv"><div class="ab ca"><div class="ch bg ew
ex ey ez">
<div><h1 id="77c1" class="pw-post-title hm hn ho bf hp hq hr hs ht hu hv hw hx hy hz ia ib ic id ie if ig bk" data-testid="storyTitle"
data-selectable-paragraph="">${mTitle}</h1></div>
<div><h2 id="a0b2" class="pw-subtitle-paragraph ih ii ij bf b ik il im in io ip iq ir is it iu iv iw cq dx" data-selectable-paragraph="">${mSub}</h2></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="ix iy iz ja jb ab"><div><div class="ab jc"><div><div class="bm"
aria-hidden="false">
<a href="/@colmrafferty?source=post_page---byline--4b1e9d2c7a10--------------------------------" rel="noopener follow"><div class="l jd je by jf jg">
<img alt="Colm Rafferty" class="l fb by dd de cx" src="https://miro.medium.com/v2/resize:fill:88:88/1*Hc2.jpeg" width="44" height="44" loading="lazy"
data-testid="authorPhoto"></div></a></div></div></div></div><div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk">
<div class="jh ab q"><div class="ab q ji"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b jj jk bk">
<a class="af ag ah ai aj ak al am an ao ap aq ar jl" data-testid="authorName" href="/@colmrafferty?source=post_page---byline">Colm Rafferty</a></p></div></div>
</div><span class="jm jn" aria-hidden="true"><span class="bf b bg z dx">·</span></span><p class="bf b jj jk dx"><button class="jo jp ah ai aj ak al am an
ao ap aq ar
jq jr js" disabled="">Follow</button></p></div></div></span></div></div><div class="l jt"><span class="bf b bg z dx"><div class="ab cn ju jv jw">
<span class="bf b bg z dx"><div class="ab ae"><span data-testid="storyReadTime">6 min read</span><div class="jx jy l" aria-hidden="true"><span class="l"
aria-hidden="true"><span class="bf b bg z dx">·</span></span></div><span data-testid="storyPublishDate">Feb 19,
2027</span></div></span></div></span></div></div>
</div><div class="ab cp jz ka kb kc kd ke kf kg kh ki kj kk kl km kn ko"><div class="h k w fd fe q"><div class="le l"><div class="ab q lf lg">
<div class="pw-multi-vote-icon ff ih lh li lj"><div><div class="bm" aria-hidden="false"><button data-testid="headerClapButton" class="lk ao ll lm ln lo lp
lq lr"
aria-label="clap"><svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"></svg></button></div></div></div>
<div class="pw-multi-vote-count l ls lt lu lv lw lx ly"><p class="bf b dy z dx"><span class="lz">1.3K</span></p></div></div></div>
<div><div class="bm" aria-hidden="false"><button class="ao lk mc md ab q fk me mf" aria-label="responses"><svg width="24" height="24"></svg>
<p class="bf b dy z dx"><span class="pw-responses-count mb">14</span></p></button></div></div></div><div class="ab q kp kq kr ks kt ku kv kw kx ky kz la lb
lc ld">
<div class="mg k j i d"></div><div class="h k"><div><div class="bm" aria-hidden="false"><button aria-label="Add to list bookmark button"
data-testid="headerBookmarkButton"
class="af fk ah ai aj ak al mh an ao ap ig mi mj mk" disabled=""><svg width="24" height="24"></svg></button></div></div></div>
<div class="fd ml cm"><div class="l ae"><div class="ab ca"><div class="mm mn mo mp mq mr ch bg"><div class="ab"><div class="bm bh" aria-hidden="false"><div>
<div class="bm" aria-hidden="false"><button aria-label="Listen" data-testid="audioPlayButton" class="af fk ah ai aj ak al mh an ao ap ig ms mt mf mu mv mw
mx my s mz na nb nc nd ne nf u ng nh ni">
<div class="ab q"><svg width="24" height="24"></svg><div class="j i d"><p class="bf b bg z
dx">Listen</p></div></div></button></div></div></div></div></div></div></div></div>
<div class="bm" aria-hidden="false" aria-describedby="postFooterSocialMenu" aria-labelledby="postFooterSocialMenu"><div><div class="bm" aria-hidden="false">
<button aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton"
class="af fk ah ai aj ak al mh an ao ap ig ms mt mf mu mv mw mx my s mz na nb nc nd ne nf u ng nh ni"><div class="ab q"><svg width="24" height="24"></svg>
<div class="j i d"><p class="bf b bg z dx">Share</p></div></div></button></div></div></div></div></div></div></div>
${mBody()}
</div></div></div></div></section></div></div></article></div>
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="oi oj ab jc"><div class="ok ab">${mTags
  .map(
    (t) => `<a class="ol ay am ao" href="/tag/${t.toLowerCase().replace(/ /g, '-')}?source=post_page-----4b1e9d2c7a10">
<div class="om fe cx on gf oo op bf b bg z bk oq">${t}</div></a>`,
  )
  .join('')}</div></div></div></div>
<div class="l"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="ab cp or"><div class="ab q"><span class="lz">1.3K</span></div>
<div class="ab q"><span class="pw-responses-count mb">14</span></div></div></div></div></div>
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="ab os ot ou"><div class="ov ab"><a href="/@colmrafferty"><img alt="Colm Rafferty"
class="l fb by ow ox cx" src="https://miro.medium.com/v2/resize:fill:144:144/1*Hc2.jpeg" width="72" height="72" loading="lazy"></a></div>
<div class="ab co"><div class="ab cp"><h2 class="bf ga oy oz pa pb pc pd pe pf pg ph pi pj pk pl pm bk"><a href="/@colmrafferty">Written by Colm
Rafferty</a></h2>
<div class="pn l"><div class="ab q"><p class="bf b bg z dx"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="/@colmrafferty/followers">482
Followers</a></p>
</div></div><div class="po l"><p class="bf b bg z bk"><span class="ba">Former parliamentary counsel. I write about how laws are made, and unmade.</span></p>
</div></div><div class="h k"><button class="bf b bg z pp pq pr ps pt pu pv pw px py pz qa qb qc qd qe qf qg qh">Follow</button></div></div></div></div></div>
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="qi qj"><h2 class="bf ga qk pa ql">Responses (14)</h2>
<div class="qm qn"><p class="bf b bg z dx">What are your thoughts?</p></div>
<div class="qo"><a href="/@colmrafferty/what-eleven-years-4b1e9d2c7a10/responses/show">See all responses</a></div></div></div></div>
<div class="ab ca"><div class="ch bg ew ex ey ez"><h2 class="bf ga qk pa ql">More from Colm Rafferty</h2><div class="qp">${mMore
  .map((t) => `<div class="qq"><a href="/@colmrafferty/x"><h2 class="bf ga qr qs qt qu qv bk">${t}</h2></a></div>`)
  .join('\n')}</div>
<a class="qw" href="/@colmrafferty">See all from Colm Rafferty</a></div></div>
<div class="ab ca"><div class="ch bg ew ex ey ez"><h2 class="bf ga qk pa ql">Recommended from Medium</h2><div class="qp"><div class="qq"><a href="/x">
<h2 class="bf ga qr qs qt qu qv bk">The select committee that changed my mind about politics</h2></a><p class="bf b bg z dx">In The Civic Desk by Harriet
Fenn</p>
</div></div></div></div>
<footer class="qx qy"><div class="ab cb"><div class="ab q ca qz">${mFoot
  .map((t) => `<a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://help.medium.com/x"><p class="bf b dy z dx">${t}</p></a>`)
  .join('')}</div></div></footer></div></div></div>
<script>window.__BUILD_ID__="main-20270219-090112-a1e4c0f0d2"</script>
<script>window.__APOLLO_STATE__ = {"Post:4b1e9d2c7a10":{"id":"4b1e9d2c7a10","title":"${mTitle}","clapCount":1312,"isLocked":false}}</script>
<script src="https://cdn-client.medium.com/lite/static/js/main.f1a2b3c4.js" async></script></body></html>`;
const medium: TestPage = gold({
  name: 'heldout706-medium-drafting-laws',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mBlocks.filter(([k]) => k === 'h').map(([, t]) => t),
  body: texts([mSub, ...mBlocks.filter(([k]) => k !== 'h').map(([, t]) => t)]),
  bylines: ['Colm Rafferty', '6 min read', 'Feb 19, 2027', 'Written by Colm Rafferty'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Write', 'Sign up', 'Sign in', 'Follow', '1.3K', '14', 'Listen', 'Share', 'Draft clauses, marked up at 2am. Photo by the author', ...mTags,
    '482 Followers', 'Former parliamentary counsel. I write about how laws are made, and unmade.', 'Responses (14)', 'What are your thoughts?',
    'See all responses', 'More from Colm Rafferty', ...mMore, 'See all from Colm Rafferty', 'Recommended from Medium',
    'The select committee that changed my mind about politics', 'In The Civic Desk by Harriet Fenn', ...mFoot,
  ],
});

export const HELDOUT706_C: readonly TestPage[] = [drupal, medium];
