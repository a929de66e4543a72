import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 112, file b2: a Medium post as a signed-out reader saves it (the top bar with "Write", "Sign up" and
 * "Sign in", the "Member-only story" badge, the author line with "Follow", the reading time and date, the clap, response,
 * listen and share buttons above and below the article, the obfuscated class names, the tags, the "Written by" card with
 * follower count, the "More from" and "Recommended from Medium" rails, the sign-up overlay text and the footer links).
 */
const title = 'I stopped using story points for a year. Here’s what my team learned.';
const subtitle = 'Estimating in days felt like a step backwards. It turned out to be the most honest thing we did.';
const p1 = [
  'Last March, I asked my team of seven engineers to try something that made most of them visibly uncomfortable: stop giving ' +
    'tickets story points. No Fibonacci numbers, no planning poker, no velocity chart in the sprint review.',
  'Instead, each ticket got one of three labels: less than a day, a few days, or we don’t know yet. That was it.',
];
const h1 = 'Why we did it';
const p2 = [
  'Our velocity had become a performance. Every sprint, we would commit to about 40 points, deliver about 40 points, and still ' +
    'ship features weeks later than anyone outside the team expected. The points were accurate about themselves and useless ' +
    'about everything else.',
  'Worse, we spent close to two hours every fortnight arguing about whether something was a 5 or an 8. Nobody could tell me what ' + 'the difference meant.',
];
const h2 = 'What changed';
const p3 = ['After twelve months, these were the things I noticed most:'];
const list = [
  'Planning meetings went from two hours to about forty minutes.',
  'The “we don’t know yet” label forced us to split unclear work into a short investigation first.',
  'Stakeholders understood “a few days” far better than “eight points.”',
  'We missed fewer dates, mostly because we stopped pretending unknown work was known.',
];
const h3 = 'What I would do differently';
const p4 = [
  'I would have explained it to the product managers first. For the first two months they felt we were hiding something, and one ' +
    'of them kept a private spreadsheet converting our labels back into points.',
  'I would also keep a simple count of finished tickets per week from day one. We added it in month four, and it answered most ' +
    'of the questions velocity used to answer, without the ceremony.',
  'None of this is new. Plenty of teams work this way already. But if your estimates have become a ritual rather than a tool, it ' +
    'might be worth asking what would happen if you simply stopped.',
];
const topNav = ['Write', 'Sign up', 'Sign in'];
const actions = ['Listen', 'Share'];
const tags = ['Agile', 'Software Development', 'Engineering Management', 'Scrum', 'Productivity'];
const writtenBy = ['Written by Ines Valdecasas', '2.3K Followers', 'Engineering manager. Writing about teams, planning and the gap between them.', 'Follow'];
const moreFrom = [
  'More from Ines Valdecasas',
  'The one-on-one question that changed my team',
  'Why I stopped writing RFCs for small changes',
  'See all from Ines Valdecasas',
];
const recommended = ['Recommended from Medium', 'The hidden cost of always-on Slack', 'Estimation is a conversation, not a number', 'See more recommendations'];
const overlay = ['Get the full story', 'Create an account to read the full story.', 'The author made this story available to Medium members only.'];
const footer = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const pw = (t: string, id: string): string =>
  `<p id="${id}" class="pw-post-body-paragraph mz na gu nb b nc nd ne nf ng nh ni nj nk nl" data-selectable-paragraph="">${t}</p>`;
const bar = (
  where: string,
): string => `<div class="ab cp jw jx" data-testid="${where}-actions"><div class="pw-multi-vote-icon ed kp kq"><button aria-label="clap" class="af ag">
</button></div><div class="pw-multi-vote-count"><p class="be b dv z du"><button class="af ag">1.2K</button></p></div>
<div class="bp ab"><button aria-label="responses" class="af ag"><span class="pw-responses-count">18</span></button></div>
<div class="ab q"><button aria-label="Listen"><p class="be b bf z du">${actions[0]}</p></button><button aria-label="Share">
<p class="be b bf z du">${actions[1]}</p></button></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | by Ines Valdecasas | Medium</title>
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"><meta name="description" content="${subtitle}">
<meta property="og:site_name" content="Medium"><meta property="og:type" content="article"><meta name="author" content="Ines Valdecasas">
<meta property="article:published_time" content="2025-02-18T09:41:12.102Z"><meta name="twitter:label1" content="Reading time">
<meta name="twitter:data1" content="6 min read">
<link rel="canonical" href="https://medium.com/@ines.valdecasas/i-stopped-using-story-points-for-a-year-4b1f0c9e2d7a">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","author":{"@type":"Person",
"name":"Ines Valdecasas"},
"datePublished":"2025-02-18T09:41:12.102Z","isAccessibleForFree":"False","publisher":{"@type":"Organization","name":"Medium"}}</script>
<script>window.__APOLLO_STATE__ = {"Post:4b1f0c9e2d7a":{"id":"4b1f0c9e2d7a","isLocked":true}}</script>
<script src="https://cdn-client.medium.com/lite/static/js/main.9b7c.js" defer></script></head>
<body><div id="root"><div class="a b c"><div class="l c"><div class="l"><div class="ab cb">
<div class="ce ab cf cg" style="height:57px"><a href="/" aria-label="Homepage" data-testid="headerMediumLogo"><svg></svg></a>
<div class="ab q"><a data-testid="headerWriteButton" href="/new-story" rel="noopener follow"><span class="be b bf bg">${topNav[0]}</span></a>
<a data-testid="headerSignUpButton" href="/m/signin?operation=register"><span>${topNav[1]}</span></a><a data-testid="headerSignInButton" href="/m/signin">
<span>${topNav[2]}</span></a></div></div></div>
<article><div class="l"><div class="l"><section><div><div class="fr fs ft fu fv"></div><div class="gt gu gv gw gx">
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="ab q"><p class="be b dv z du">Member-only story</p></div>
<div><h1 id="a1c3" class="pw-post-title gy gz ha be hb hc hd he" data-testid="storyTitle" data-selectable-paragraph="">${title}</h1></div>
<div><h2 id="c2f0" class="pw-subtitle-paragraph hv gz ha be b hw hx" data-selectable-paragraph="">${subtitle}</h2></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="ii ij ik il im ab"><div class="bm" aria-hidden="false">
<a rel="noopener follow" href="/@ines.valdecasas"><img alt="Ines Valdecasas" class="l eq bx" src="/ines.png" width="44" height="44"></a></div>
<div class="bm bn bo bp"><div class="ab"><span class="be b bf z bk"><a data-testid="authorName" href="/@ines.valdecasas">Ines Valdecasas</a></span>
<span class="be b bf z bk"> &middot; </span><span><button class="jc jd">Follow</button></span></div>
<div class="ab q"><span data-testid="storyReadTime">6 min read</span><span> &middot; </span><span data-testid="storyPublishDate">Feb 18, 2025</span></div>
</div></div>
${bar('header')}</div></div>
<p id="5e10" class="pw-post-body-paragraph mz na gu nb b nc nd" data-selectable-paragraph="">${p1[0]}</p>${pw(p1[1] ?? '', '8a21')}
<h2 id="b7d4" class="ny nz gu be oa ob oc od oe of" data-selectable-paragraph="">${h1}</h2>${p2.map((t, i) => pw(t, `p2${i}`)).join('\n')}
<h2 id="c9e1" class="ny nz gu be oa ob oc od oe of" data-selectable-paragraph="">${h2}</h2>${pw(p3[0] ?? '', 'p30')}
<ul class="">${list.map((t, i) => `<li id="l${i}" class="nb nc gu nd b ne nf pk pl pm bk" data-selectable-paragraph="">${t}</li>`).join('\n')}</ul>
<h2 id="d3a8" class="ny nz gu be oa ob oc od oe of" data-selectable-paragraph="">${h3}</h2>${p4.map((t, i) => pw(t, `p4${i}`)).join('\n')}
</div></div></div></section></div></div></article>
<div class="ab ca"><div class="ch bg"><div class="qh qi ab jm"><ul class="ab cb">${tags
  .map(
    (t) => `<li><a href="/tag/${t.toLowerCase()}">
<div class="qn fd">${t}</div></a></li>`,
  )
  .join('')}</ul></div>
${bar('footer')}</div></div>
<div class="ab ca"><div class="ch bg"><h2 class="be rb rc rd">${writtenBy[0]}</h2><span class="pw-follower-count"><a href="/followers">${writtenBy[1]}</a>
</span>
<p class="be b bf z bk"><span class="ri">${writtenBy[2]}</span></p><button class="jc jd">${writtenBy[3]}</button></div></div>
<div class="ab ca"><div class="ch bg"><h2 class="be rb">${moreFrom[0]}</h2><div>${links(moreFrom.slice(1, 3))}</div>
<a href="/@ines.valdecasas">${moreFrom[3]}</a></div></div>
<div class="ab ca"><div class="ch bg"><h2 class="be rb">${recommended[0]}</h2><div>${links(recommended.slice(1, 3))}</div>
<a href="/">${recommended[3]}</a></div></div>
<div class="meteredContent" aria-hidden="true" style="display:none"><h2>${overlay[0]}</h2><p>${overlay[1]}</p><p>${overlay[2]}</p></div>
<div class="ab ca sh"><div class="ch bg"><div class="ab q si"><ul class="ab">${links(footer, 'sj')}</ul></div></div></div>
</div></div></div></div></body></html>`;

export const mediumPage: TestPage = {
  name: 'heldout112-medium-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([subtitle, ...p1, ...p2, ...p3, ...list, ...p4]),
  bylines: ['Ines Valdecasas', '6 min read', 'Feb 18, 2025'],
  furniture: [...topNav, 'Member-only story', 'Follow', ...actions, ...tags, ...writtenBy, ...moreFrom, ...recommended, ...overlay, ...footer],
};
