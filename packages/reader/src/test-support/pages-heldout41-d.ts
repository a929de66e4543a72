import { type TestPage, texts } from './page-kit.js';
import { paperMod } from './pages-heldout41-d2.js';

/**
 * Held-out batch 41, file d: a post in a Medium publication (Medium's atomic class soup, the top bar with "Open in app",
 * "Sign up", "Sign in", "Write" and "Search", the pw-post-title and pw-subtitle-paragraph, the author block with "Follow",
 * "Published in", read time and date, clap, response, listen and share buttons, a photo with its Unsplash credit, body
 * paragraphs, h2s and a list, the tags, the publication and "Written by" boxes with follower counts and bio, "Responses"
 * with two loaded responses, "More from" and "Recommended from Medium" cards and the footer links).
 */
const mdTitle = 'We Stopped Estimating in Story Points. Here’s What Happened.';
const mdSub = 'Eighteen months without velocity charts taught our team more about planning than five years with them.';
const mdBody1 = [
  'For five years, my team ran a planning ritual that most software engineers will recognise. Every two weeks we gathered around ' +
    'a board, read out each ticket, and held up cards with numbers from the Fibonacci sequence. Then we argued about whether a ' +
    'change to the billing page was a three or a five.',
  'In the spring of 2024 we stopped. Not because of a book or a consultant, but because our velocity chart had become a number ' +
    'that everyone watched and nobody believed. This post is about what we did instead, what went wrong, and what I would tell ' +
    'another team thinking about the same change.',
];
const mdH1 = 'Why the points stopped meaning anything';
const mdBody2 = [
  'The trouble started, as it often does, with a dashboard. Once our points were rolled up into a quarterly report, the numbers ' +
    'began to drift. Nobody was cheating, exactly. But a task that would have been a three in 2021 was quietly a five by 2023, ' +
    'and our velocity rose every quarter while our releases did not get any faster.',
  'We also spent a surprising amount of time estimating. When I added it up, our planning sessions took about six hours of ' +
    'engineering time per person per month — more than we spent on code review.',
];
const mdH2 = 'What we do now';
const mdBody3 = ['We replaced points with three simple rules:'];
const mdList = [
  'Every ticket must be small enough to finish in two days. If it isn’t, we split it before it starts.',
  'We forecast by counting finished tickets, not by adding up guesses.',
  'Anything we can’t split gets a short written note on what we don’t know, instead of a number.',
];
const mdBody4 = [
  'The first rule did most of the work. Splitting tickets forced the conversations that estimation was supposed to start — ' +
    'about edge cases, dependencies and what “done” actually meant — without the ritual of agreeing on a number at the end.',
];
const mdH3 = 'What went wrong';
const mdBody5 = [
  'It was not all smooth. For the first two months our product manager felt blind, because the forecast she had used for ' +
    'roadmap planning was gone and the new one had not yet built up enough history. We had to sit with her and walk through ' +
    'the ticket counts week by week until she trusted them.',
  'We also learned that “two days” is a rule that bends. Some work — migrations, performance investigations — refuses to be ' +
    'split cleanly. We now label those as spikes and time-box them, which is honest about the uncertainty rather than ' +
    'pretending it away.',
];
const mdH4 = 'Would I do it again?';
const mdBody6 = [
  'Yes, though I would not call it a revolution. Our forecasts are about as accurate as before, planning takes a third of the ' +
    'time it used to, and nobody has argued about a three versus a five in eighteen months. For a team of eight, that turned ' +
    'out to be enough.',
];
const mdBio = 'Engineering manager in Leeds. Writes about teams, roadmaps and the work around the work.';
const mdPubDesc = 'Essays on building software teams that last.';
const mdResp: readonly [string, string, string, string][] = [
  ['Owen Fairclough', 'Nov 19, 2025', 'We tried the same thing and the product side never came round. Curious how long the trust-building took for you.', '14'],
  ['Marta Ilves', 'Nov 21, 2025', 'The “written note instead of a number” rule is the bit I am stealing. Great post.', '6'],
];
const mdMore = ['The One-on-One Questions I Stopped Asking', 'Our Incident Reviews Were Too Polite', 'A Field Guide to Saying No to a Roadmap'];
const mdRec = ['Nobody Reads Your Design Doc', 'The Quiet Cost of Always Being On Call'];
const mdFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const cls = 'pw-post-body-paragraph mm mn gy mo b hw mp mq mr hz ms mt mu mv mw mx my mz na nb nc nd ne nf ng nh gr bk';
const hcls = 'ni nj gy bf nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of bk';
let n = 0;
const id = (): string => (0x5a10 + n++).toString(16);
const mp = (ps: readonly string[]): string => ps.map((p) => `<p id="${id()}" class="${cls}" data-selectable-paragraph="">${p}</p>`).join('');
const mh = (h: string): string => `<h2 id="${id()}" class="${hcls}" data-selectable-paragraph="">${h}</h2>`;
const bcls = 'af fk ah ai aj ak al mg an ao ap eu mh mi ma mj';
const btn = (label: string, text: string): string =>
  `<button aria-label="${label}" class="${bcls}"><p class="bf b dy z dx"><span class="pw-count">${text}</span></p></button>`;
const resp = ([a, d, t, c]: readonly string[]): string =>
  `<div class="sg"><a href="#" class="sh">${a}</a><span class="si">${d}</span><pre class="sj">${t}</pre>${btn('clap', c ?? '')}<button>Reply</button></div>`;
const mdHtml = `<!doctype html><html lang="en"><head><title>${mdTitle} | by Priya Raghunathan | The Long Haul | Nov, 2025 | Medium</title>
<meta name="description" content="${mdSub}"><meta property="og:site_name" content="Medium"><meta name="author" content="Priya Raghunathan">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","name":"${mdTitle}","datePublished":"2025-11-18T08:12:40.112Z",
"author":{"@type":"Person","name":"Priya Raghunathan"},"publisher":{"@type":"Organization","name":"The Long Haul"},"isAccessibleForFree":true}</script>
<style type="text/css" data-fela-rehydration="584" data-fela-type="STATIC">html{box-sizing:border-box}.mm{font-family:source-serif-pro}</style></head>
<body><div id="root"><div class="a b c"><div class="l c"><div class="l bh"><div class="dg dh di dj"><div class="ab q dk">
<a class="dl" href="https://rsci.app.link/?%24canonical_url=medium.com" rel="noopener follow">Open in app</a>
<div class="ab q dm"><a data-testid="headerSignUpButton" href="/m/signin?operation=register">Sign up</a>
<a data-testid="headerSignInButton" href="/m/signin?operation=login">Sign in</a></div></div></div>
<div class="ab q dn"><a aria-label="Homepage" data-testid="headerMediumLogo" href="/"><svg viewBox="0 0 1043.63 592.71"><title>Medium Logo</title></svg></a>
<div class="ab do"><span class="bf b bg z bk">Search</span></div><a data-testid="headerWriteButton" href="/new-story"><span
class="bf b bg z bk">Write</span></a></div></div>
<article><div class="l"><div class="l"><section><div><div class="gn go gp gq gr"><div class="ab cb"><div class="ci bh fz ga gb gc"><div>
<h1 id="5a0f" class="pw-post-title gw gx gy bf gz ha hb hc hd he hf hg hh hi hj hk bk" data-testid="storyTitle"
data-selectable-paragraph="">${mdTitle}</h1></div>
<div><h2 id="9c01" class="pw-subtitle-paragraph hv gx gy bf b hw hx hy hz ia ib ic id cq dx" data-selectable-paragraph="">${mdSub}</h2>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="il im in io ip ab"><div class="ab iq">
<a href="/@priya.raghu?source=post_page---byline--4f2c---------------------------------------" rel="noopener follow">
<img alt="Priya Raghunathan" class="l eq bx dc dd cw" src="https://miro.medium.com/v2/resize:fill:64:64/1*q3Xk.jpeg" width="32" height="32"
data-testid="authorPhoto"></a>
<span class="bf b bg z bk"><p class="bf b jf jg bk"><a data-testid="authorName" href="/@priya.raghu?source=post_page---byline--4f2c"
rel="noopener follow">Priya Raghunathan</a></p>
<span class="ji jj" aria-hidden="true">·</span><button class="jk jl ah ai aj ak al am an ao ap">Follow</button></span></div>
<div class="ab cp jo"><span>Published in</span> <a data-testid="publicationName"
href="https://medium.com/the-long-haul?source=post_page---byline">The Long Haul</a></div>
<div class="ab ae"><span data-testid="storyReadTime">7 min read</span><span class="l" aria-hidden="true">·</span><span
data-testid="storyPublishDate">Nov 18, 2025</span></div>
</div></div></div><div class="ab q kd ke"><div class="pw-multi-vote-icon">${btn('clap', '412')}</div>${btn('responses', '9')}
<button aria-label="Listen" class="af fk"><p class="bf b dy z dx">Listen</p></button><button aria-label="Share Post" class="af fk"><p
class="bf b dy z dx">Share</p></button>
<button aria-label="More options" class="af fk"><svg></svg></button></div></div>
${mp(mdBody1)}
<figure class="oj ok ol om on oo oj ok paragraph-image"><div role="button" tabindex="0" class="op oq ed or bh os"><picture>
<img alt="" class="bh lm ot c" width="700" height="467" loading="eager" role="presentation"
src="https://miro.medium.com/v2/resize:fit:1400/0*cards.jpg"></picture></div>
<figcaption class="ov ow ox oj ok oy oz bf b bg z dx" data-selectable-paragraph="">Photo by <a href="https://unsplash.com/@jweber"
rel="noopener ugc nofollow">Jonas Weber</a>
on <a href="https://unsplash.com" rel="noopener ugc nofollow">Unsplash</a></figcaption></figure>
${mh(mdH1)}${mp(mdBody2)}${mh(mdH2)}${mp(mdBody3)}
<ul class="">${mdList.map((t) => `<li id="${id()}" class="${cls} og oh oi" data-selectable-paragraph="">${t}</li>`).join('')}</ul>
${mp(mdBody4)}${mh(mdH3)}${mp(mdBody5)}${mh(mdH4)}${mp(mdBody6)}
</div></div></div></div></section></div></div></article>
<div class="ab cb"><div class="ci bh"><div class="rm"><ul class="rn">${['Engineering Management', 'Agile', 'Software Development', 'Teamwork']
  .map((t) => `<li><a href="/tag/${t.toLowerCase().replace(/ /g, '-')}"><div class="ro rp rq">${t}</div></a></li>`)
  .join('')}</ul></div>
<div class="sa">${btn('clap', '412')}${btn('responses', '9')}</div>
<div class="sb"><h2 class="pw-author-name"><a href="https://medium.com/the-long-haul">Published in The Long Haul</a></h2>
<div class="sc"><span>2.1K followers</span><span>·Last published 2 days ago</span></div><p class="sd">${mdPubDesc}</p><button>Follow</button></div>
<div class="sb"><h2 class="pw-author-name"><a href="/@priya.raghu">Written by Priya Raghunathan</a></h2><div class="sc"><span>860 followers</span>
<span>·143 following</span></div><p class="sd">${mdBio}</p><button>Follow</button></div>
<div class="se"><h2>Responses (9)</h2><div class="sf" role="textbox">What are your thoughts?</div>
${mdResp.map(resp).join('\n')}
<a href="#" class="sk">See all responses</a></div>
<div class="sl"><h2>More from Priya Raghunathan and The Long Haul</h2><ul>${mdMore.map((t) => `<li><a href="#"><h3>${t}</h3></a></li>`).join('')}</ul></div>
<div class="sl"><h2>Recommended from Medium</h2><ul>${mdRec.map((t) => `<li><a href="#"><h3>${t}</h3></a></li>`).join('')}</ul>
<a href="/?source=post_page">See more recommendations</a></div></div></div>
<footer class="sm">
<ul class="sn">${mdFoot.map((t) => `<li><a href="https://medium.com/${t.toLowerCase()}">${t}</a></li>`).join('')}</ul></footer></div></div></div>
<script>window.__APOLLO_STATE__ = {"Post:4f2c":{"title":"${mdTitle}","clapCount":412,"responsesCount":9}}</script></body></html>`;
const medium: TestPage = {
  html: mdHtml,
  name: 'heldout41-medium-publication',
  kind: 'blog',
  // the subtitle (an h2 on Medium) is the dek: body; the four body h2s are the headings, the list's items body. The author's
  // name (byline and "Written by"), the date and the author box's bio are bylines; the publication name, "Published in",
  // read time, counts, follower lines, buttons, the photo credit, tags, the publication box, the responses (reader comments
  // on a blog page) with their names and dates, "More from" and "Recommended" cards, top bar and footer are furniture.
  // "Follow" is listed once; the counts "412" and "9" once each; "Reply" kept; the footer's "About" and "Rules" are body words: left out
  title: mdTitle,
  headings: [mdH1, mdH2, mdH3, mdH4],
  body: [mdSub, ...texts(mdBody1), ...texts(mdBody2), ...texts(mdBody3), ...mdList, ...texts(mdBody4), ...texts(mdBody5), ...texts(mdBody6)],
  bylines: ['Priya Raghunathan', 'Nov 18, 2025', 'Written by Priya Raghunathan', mdBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open in app', 'Sign up', 'Sign in', 'Medium Logo', 'Search', 'Write', 'Follow', 'Published in', 'The Long Haul', '7 min read', '412', '9', 'Listen',
    'Share', 'Photo by Jonas Weber on Unsplash', 'Engineering Management', 'Agile', 'Software Development', 'Teamwork', 'Published in The Long Haul',
    '2.1K followers', '·Last published 2 days ago', mdPubDesc, '860 followers', '·143 following', 'Responses (9)', 'What are your thoughts?',
    ...mdResp.flat(), 'Reply', 'See all responses', 'More from Priya Raghunathan and The Long Haul', ...mdMore,
    'Recommended from Medium', ...mdRec, 'See more recommendations', ...mdFoot.filter((t) => t !== 'About' && t !== 'Rules'),
  ],
};

export const HELDOUT41_D: readonly TestPage[] = [medium, paperMod];
