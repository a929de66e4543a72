import { links, type TestPage, texts } from './page-kit.js';
import { substackPage } from './pages-heldout101-d2.js';

/**
 * Held-out batch 101, file d: a Medium post in a publication (the top bar with "Write", "Sign up" and "Sign in", the
 * publication header with its own nav and "Follow publication", the title and subtitle, the author line with "Follow",
 * "Published in", read time and date, the clap / response / listen / share bar, image captions with photo credits, a
 * pull quote, the tag pills, the repeated action bar, the "Written by" and "Published in" boxes, the responses teaser,
 * the "More from" and "Recommended from Medium" rails and the footer) and, from file d2, a Substack post.
 */
const mdTitle = 'We Deleted Half Our Dashboards and Nobody Noticed';
const mdSub = 'What a quarter without vanity metrics taught our analytics team about the questions people actually ask';
const mdP1 = [
  'In January our team maintained 214 dashboards. By the end of March we had 97. The number of complaints we received about the ones ' +
    'we removed was two, and one of them was from the person who had built it.',
  'This is the story of how we got there, and what it taught us about the difference between data people look at and data people use.',
];
const mdH1 = 'How we got to 214';
const mdP2 = [
  'Nobody sets out to build two hundred dashboards. They accumulate. A product manager asks a question before a planning meeting, an ' +
    'analyst builds a chart to answer it, and because the tool makes it easy to save, the chart becomes a page, and the page becomes a ' +
    'dashboard with a name and an owner.',
  'Six months later the product manager has moved teams. The dashboard still refreshes every hour, still costs money to compute, and ' +
    'still shows up in search results when someone new goes looking for numbers.',
];
const mdQuote = 'A dashboard nobody opens is not harmless. It is a wrong answer waiting for someone to find it.';
const mdH2 = 'The experiment';
const mdP3 = [
  'We pulled the view logs for every dashboard over the previous 90 days. Anything with fewer than five distinct viewers went on a list. ' +
    'We did not delete those dashboards straight away. We archived them, with a banner on the archived page telling people how to ' +
    'ask for one back.',
  'Then we waited. Over the next quarter, we got requests to restore eleven dashboards. We restored all of them, and eight of those ' +
    'eleven had not been opened again by the end of the quarter.',
];
const mdH3 = 'What people actually wanted';
const mdList = [
  'A single weekly number per team, agreed with the team, and explained in a sentence.',
  'A way to ask a one-off question without it becoming a permanent page.',
  'Someone to tell them when a number changed for a boring reason, like a tracking bug.',
];
const mdP4 = [
  'None of those needed a new dashboard. The third one, in particular, turned out to matter more than anything we built that year. We ' +
    'now post a short note in the company channel whenever a metric moves because of a data problem rather than a real change.',
  'If you run a data team, try it. Archive the quiet half. You can always bring one back.',
];
const mdTopNav = ['Write', 'Sign up', 'Sign in'];
const mdPubNav = ['Homepage', 'Archive', 'Write for us', 'About'];
const mdCaption = 'Photo by Lena Ostrova on Unsplash';
const mdTags = ['Data Analytics', 'Business Intelligence', 'Data Science', 'Management'];
const mdAuthorBox = ['Written by Priyanka Osei', '1.3K Followers', 'Writer for The Data Desk', 'Analytics lead. Writing about the human side of data teams.'];
const mdPubBox = ['Published in The Data Desk', '24K Followers', 'Practical writing for people who work with data.'];
const mdResponses = ['Responses (9)', 'What are your thoughts?', 'Respond', 'See all responses'];
const mdMore = [
  'More from Priyanka Osei and The Data Desk',
  'The Metric Review Meeting That Actually Works',
  'Stop Hiring Analysts to Build Charts',
  'Recommended from Medium',
  'Why Your A/B Tests Keep Disagreeing With Each Other',
  'See more recommendations',
];
const mdFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mdBar =
  (): string => `<div class="speechify-ignore ab cp"><div class="pw-multi-vote-icon"><button data-testid="headerClapButton" aria-label="clap"></button>
<div class="pw-multi-vote-count"><p><button>1.4K</button></p></div></div><div class="pw-responses-count"><button
aria-label="responses"><span>9</span></button></div>
<button data-testid="audioPlayButton" aria-label="Listen"><p>Listen</p></button><button data-testid="headerSocialShareButton"><p>Share</p></button></div>`;
const mdPs = (a: readonly string[]): string =>
  a.map((p, i) => `<p id="p${p.length}${i}" class="pw-post-body-paragraph ml mm gu mn b mo mp mq mr" data-selectable-paragraph="">${p}</p>`).join('\n');
const mdH = (t: string): string => `<h2 id="h${t.length}" class="ns nt gu bf nu nv nw nx ny nz oa ob oc od oe of og bk" data-selectable-paragraph="">${t}</h2>`;
const mdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>We Deleted Half Our Dashboards and Nobody Noticed | by Priyanka Osei | Nov, 2025 | The Data Desk</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="${mdSub}">
<meta property="og:title" content="${mdTitle}"><meta property="og:site_name" content="Medium"><meta name="author" content="Priyanka Osei">
<meta property="article:published_time" content="2025-11-12T14:21:08.112Z"><meta name="twitter:label1" content="Reading time"><meta
name="twitter:data1" content="5 min read">
<link rel="canonical" href="https://medium.example/the-data-desk/we-deleted-half-our-dashboards-3f2a9c1d7b21">
<script
type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mdTitle}","author":{"@type":"Person","name":"Priyanka Osei"},
"publisher":{"@type":"Organization","name":"The Data Desk"},"datePublished":"2025-11-12T14:21:08.112Z"}</script>
<script>window.__APOLLO_STATE__ = {"Post:3f2a9c1d7b21":{"id":"3f2a9c1d7b21","title":"${mdTitle}","isLocked":false}}</script></head>
<body><div id="root"><div class="a b c"><div class="l" role="banner"><div class="m n o"><a data-testid="headerMediumLogo" href="/" aria-label="Homepage"></a>
<div class="ae"><input role="combobox" placeholder="Search"></div><div class="ah"><a data-testid="headerWriteButton"
href="/new-story"><div>${mdTopNav[0]}</div></a>
<span><a data-testid="headerSignUpButton" href="/m/signin?operation=register">${mdTopNav[1]}</a></span>
<span><a data-testid="headerSignInButton" href="/m/signin?operation=login">${mdTopNav[2]}</a></span></div></div></div>
<div class="pub-header"><a href="/the-data-desk" class="pub-logo" aria-label="The Data Desk"></a><nav><ul>${links(mdPubNav)}</ul></nav>
<button class="follow-pub">Follow publication</button></div>
<article><div class="ch bg fx fy fz ga"><section><div><div class="fr fs ft fu fv"></div><div class="hh hi hj hk hl">
<div class="ab cb"><div class="ci bh ew ex ey ez">
<h1 id="4f1e" class="pw-post-title gx gy gz bf ha hb hc hd he" data-testid="storyTitle" data-selectable-paragraph="">${mdTitle}</h1>
<h2 id="7b0c" class="pw-subtitle-paragraph hn gy gz bf b ho hp hq" data-selectable-paragraph="">${mdSub}</h2>
<div class="speechify-ignore ab cp"><div class="ab q"><a rel="noopener follow" href="/@priyanka.osei"><img alt="Priyanka Osei" class="l ep bx"
src="https://miro.example/1.jpeg"></a>
<div class="bm bg l"><span data-testid="authorName"><a href="/@priyanka.osei">Priyanka Osei</a></span><span> · </span><button
class="follow-btn">Follow</button></div>
<div class="ab ae"><span>Published in</span> <a data-testid="publicationName" href="/the-data-desk">The Data Desk</a></div>
<div class="ab ae"><span data-testid="storyReadTime">5 min read</span><span> · </span><span
data-testid="storyPublishDate">Nov 12, 2025</span></div></div></div>
${mdBar()}
<figure class="pi pj pk pl pm pn"><div class="po pp ed"><img alt="" class="bh mq pq c" width="700" src="https://miro.example/2.jpeg"></div>
<figcaption class="pr ff ps pf pg pt pu bf b bg z dt"
data-selectable-paragraph="">${mdCaption.replace('Unsplash', '<a href="https://unsplash.example">Unsplash</a>')}</figcaption></figure>
${mdPs(mdP1)}
${mdH(mdH1)}
${mdPs(mdP2)}
<blockquote class="qa qb qc"><p id="q1" class="pw-post-body-paragraph ml mm qd" data-selectable-paragraph=""><em>${mdQuote}</em></p></blockquote>
${mdH(mdH2)}
${mdPs(mdP3)}
${mdH(mdH3)}
<ul class="">${mdList.map((l, i) => `<li id="li${i}" class="pw-post-body-paragraph ml mm gu qe" data-selectable-paragraph="">${l}</li>`).join('\n')}</ul>
${mdPs(mdP4)}
</div></div></div></div></section></div></article>
<div class="ab cb"><div class="tags-list"><ul>${links(mdTags, 'tag-pill')}</ul></div>${mdBar()}</div>
<div class="author-box"><h2>${mdAuthorBox[0]}</h2><p>${mdAuthorBox[1]}</p><p>${mdAuthorBox[2]}</p><p>${mdAuthorBox[3]}</p><button>Follow</button></div>
<div class="pub-box"><h2>${mdPubBox[0]}</h2><p>${mdPubBox[1]}</p><p>${mdPubBox[2]}</p><button>Follow publication</button></div>
<div class="responses"><h2>${mdResponses[0]}</h2><div class="editor-placeholder">${mdResponses[1]}</div><button>${mdResponses[2]}</button>
<a href="#responses">${mdResponses[3]}</a></div>
<div class="more-from"><h2>${mdMore[0]}</h2><ul>${links(mdMore.slice(1, 3))}</ul><h2>${mdMore[3]}</h2><ul>${links(mdMore.slice(4, 5))}</ul>
<a href="/">${mdMore[5]}</a></div>
<footer class="footer"><ul>${links(mdFoot)}</ul></footer></div></div>
<script src="https://cdn-client.medium.example/lite/static/js/main.a1b2c3.js" defer></script></body></html>`;
const mediumPage: TestPage = {
  html: mdHtml,
  name: 'heldout101-medium-publication-blog',
  kind: 'blog',
  // the subtitle and the pull quote are body; the clap and response counts, "Listen" and "Share" are furniture
  title: mdTitle,
  headings: [mdH1, mdH2, mdH3],
  body: texts([mdSub, ...mdP1, ...mdP2, mdQuote, ...mdP3, ...mdList, ...mdP4]),
  bylines: ['Priyanka Osei', '5 min read', 'Nov 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mdTopNav, ...mdPubNav, 'Follow publication', 'Follow', 'Published in', 'The Data Desk', '1.4K', 'Listen', 'Share', mdCaption,
    ...mdTags, ...mdAuthorBox, ...mdPubBox, ...mdResponses, ...mdMore, ...mdFoot.filter((f) => f !== 'About'),
  ],
};
export const HELDOUT101_D: readonly TestPage[] = [mediumPage, substackPage];
