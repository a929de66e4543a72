import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout359-kit.js';

/**
 * Held-out batch 359, file d2: a recovery blog post on Medium (generated class names, the top bar with Write and Sign up,
 * the author row with Follow, "6 min read" and the date, the clap / response / bookmark / listen / share bar above and
 * below the story, a figure with a caption, a pull quote, the publication's "Written by" card, the responses section with
 * one response, "More from" and "Recommended from Medium" rails, and the footer links).
 */
const mTitle = 'Ninety Days After the Water: What Recovery in Millbeck Actually Looks Like';
const mSub = 'The cameras left after a week. The mud, the paperwork and the neighbors stayed.';
const mH = ['The second disaster is paperwork', 'Neighbors did the heavy lifting', 'What I would tell the next town'];
const mIntro = [
  j(
    'On the morning the Millbeck River came into our town, I moved my grandmother’s sewing machine to the top of the stairs and',
    'thought that would be the hard part. It was not. The hard part started when the water went down and nobody came to film it anymore.',
  ),
  j(
    'I volunteer with the Millbeck long-term recovery committee, which is a grand name for eleven people who meet in the library',
    'basement on Tuesdays. Ninety days in, here is what recovery looks like from that basement.',
  ),
];
const mPaper = [
  j(
    'Most families I talk to are not waiting on money. They are waiting on a form, an inspector, or a letter that says which other',
    'form they need. One couple on Chapel Row has submitted the same proof of ownership three times, because their deed was in the',
    'filing cabinet that floated into the yard.',
  ),
  j(
    'We started holding “paperwork nights” with two retired bookkeepers and a scanner. People bring a shoebox of soggy receipts and',
    'leave with a folder, a checklist and copies of everything. It is the most useful thing we have done.',
  ),
];
const mQuote = 'Nobody tells you that recovery is mostly waiting, and that waiting is exhausting work.';
const mNeighbors = [
  j(
    'The church youth group gutted fourteen basements in two weekends. A contractor from Orvale lent us a dehumidifier trailer and',
    'never asked for it back. The high school shop class is building new front steps for houses where the old ones washed away.',
  ),
  j('None of this shows up in a situation report, but it is why most of Weir Street is occupied again.'),
];
const mNext = ['If your town is next, here is my short list:'];
const mList = [
  'Photograph every room and every serial number before the season starts, and keep the pictures somewhere other than your phone.',
  'Find the people who know how to fill in forms, and give them a room and a scanner.',
  'Plan for month three, not week one. The volunteers go home, and the mold does not.',
  'Keep a list of who is elderly or alone on every street, and check on them after the news crews leave.',
];
const mEnd = ['Millbeck will be fine. It will just take longer, and look quieter, than anyone watching on television would guess.'];
const bar = `<div class="pw-multi-vote-count l jw jx"><button aria-label="clap" class="by"><svg width="24" height="24"></svg></button>
<p class="be b du z dt"><span class="pw-multi-vote-count">1.2K</span></p></div>
<div class="pw-responses-count"><button aria-label="responses" class="by"><span class="pw-responses-count">14</span></button></div>
<div class="ab q"><button aria-label="Add to list bookmark button" class="ah ai">Save</button>
<button aria-label="Listen" class="ah ai"><p class="be b bf z dt">Listen</p></button>
<button aria-label="Share Post" class="ah ai"><p class="be b bf z dt">Share</p></button></div>`;
const mMore = ['The Sandbag Line: A Night on the Tarrow Levee', 'How Our Library Became a Shelter'];
const mRec = ['Insurance Adjusters Are Not Your Enemy, But Read This First', 'I Rebuilt My House After a Flood. Here Is the Spreadsheet.'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Terms', 'Text to speech', 'Teams'];
const mHtml = `<!doctype html>
<html lang="en"><head><title>${mTitle} | by Nell Oduya | Field Notes from Calder | Medium</title><meta charset="utf-8">
<meta name="description" content="${mSub}"><meta property="og:type" content="article"><meta property="og:title" content="${mTitle}">
<meta property="article:published_time" content="2026-08-09T14:02:11.208Z"><meta name="author" content="Nell Oduya">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}","author":{"@type":"Person",
"name":"Nell Oduya"},"datePublished":"2026-08-09T14:02:11.208Z","publisher":{"@type":"Organization","name":"Field Notes from Calder"}}</script>
<script>window.__APOLLO_STATE__ = {"Post:8c1e2f9a77d0":{"id":"8c1e2f9a77d0","readingTime":5.9}}</script>
<style type="text/css" data-fela-rehydration="512" data-fela-type="RULE">.a{font-family:medium-content-sans-serif-font}</style></head>
<body><div id="root"><div class="a b c"><div class="l c"><div class="l m n o c">
<div class="p q r s t u v w x i d y z"><a href="/" aria-label="Homepage" class="ag">Medium</a>
<div class="ab q"><a href="/new-story" class="af ag ah">Write</a><a href="/m/signin" class="af ag ah">Sign up</a><a href="/m/signin">Sign in</a></div></div>
<div class="ab cb"><div class="ci bh hb hc hd he"><article><div class="l"><div class="l"><section><div class="gl gm gn go gp">
<div class="ab ca"><div class="ch bg hb hc hd he">
<div><h1 id="4d3e" class="pw-post-title iq ir is be it iu iv iw" data-testid="storyTitle">${mTitle}</h1></div>
<div><h2 id="a0f1" class="pw-subtitle-paragraph jp ir is be b jq jr" data-selectable-paragraph="">${mSub}</h2></div>
<div class="speechify-ignore ab cp"><div class="l ky"><a rel="noopener follow" href="/@nelloduya"><img alt="Nell Oduya" class="l"
src="https://miro.example/1*a.jpeg"
width="44" height="44"></a></div><div class="bm bg l"><div class="ab"><span class="be b bf z bj"><a href="/@nelloduya" class="af ag">Nell Oduya</a></span>
<span><button class="be b bf z kn">Follow</button></span></div>
<div class="ab ae"><span class="be b bf z dt">Published in <a href="/field-notes-calder">Field Notes from Calder</a></span></div>
<div class="ab ae"><span data-testid="storyReadTime">6 min read</span><span aria-hidden="true">·</span><span data-testid="storyPublishDate">Aug 9, 2026</span>
</div></div></div>${bar}
${ps(mIntro, ' class="pw-post-body-paragraph lt lu is lv b lw lx" data-selectable-paragraph=""')}
<figure class="nl nm nn no np nq ni nj paragraph-image"><picture><img alt="" class="bg lh nr c" width="700" height="467" loading="eager"
src="https://miro.example/v2/resize:fit:1400/1*weir.jpeg"></picture>
<figcaption class="ns nt nu ni nj nv nw be b bf z dt"
data-selectable-paragraph="">Weir Street, three weeks after the flood. Photo by the author.</figcaption></figure>
<h2 id="c11a" class="ny nz is be oa ob oc" data-selectable-paragraph="">${mH[0]}</h2>
${ps(mPaper, ' class="pw-post-body-paragraph lt lu is lv b lw lx" data-selectable-paragraph=""')}
<blockquote class="og oh oi"><p id="0b2c" class="pw-post-body-paragraph lt lu oj" data-selectable-paragraph="">${mQuote}</p></blockquote>
<h2 id="d22b" class="ny nz is be oa ob oc" data-selectable-paragraph="">${mH[1]}</h2>
${ps(mNeighbors, ' class="pw-post-body-paragraph lt lu is lv b lw lx" data-selectable-paragraph=""')}
<h2 id="e33c" class="ny nz is be oa ob oc" data-selectable-paragraph="">${mH[2]}</h2>
${ps(mNext, ' class="pw-post-body-paragraph lt lu is lv b lw lx" data-selectable-paragraph=""')}
<ol class="">${mList.map((l) => `<li class="ok ol is lv b lw om pr ps pt bj" data-selectable-paragraph="">${l}</li>`).join('\n')}</ol>
${ps(mEnd, ' class="pw-post-body-paragraph lt lu is lv b lw lx" data-selectable-paragraph=""')}
</div></div></div></section></div></div></article></div></div>
<div class="ab cb"><div class="ci bh"><div class="ab q"><a href="/tag/disaster-recovery" class="pu pv">Disaster Recovery</a>
<a href="/tag/floods" class="pu pv">Floods</a><a href="/tag/community" class="pu pv">Community</a></div>${bar}</div></div>
<div class="ab cb"><div class="ci bh"><h2 class="be qa qb">Written by Nell Oduya</h2><p class="be b">312 Followers</p>
<p class="be b">Writer at Field Notes from Calder. Volunteer, librarian, reluctant expert on mold.</p><button class="be b">Follow</button></div></div>
<div class="ab cb"><div class="ci bh"><h2 class="be qa">Responses (14)</h2><div class="pw-response">
<p class="be b"><a href="/@ivelhart">Ivel Hart</a></p><p class="be b dt">Aug 10, 2026</p>
<p class="be b">Paperwork nights should be standard everywhere. We are stealing this idea for our county.</p></div>
<button class="be b">See all responses</button></div></div>
<div class="ab cb"><div class="ci bh"><h2 class="be qa">More from Nell Oduya and Field Notes from Calder</h2>
<ul>${mMore.map((m) => `<li><a href="/">${m}</a></li>`).join('\n')}</ul>
<h2 class="be qa">Recommended from Medium</h2><ul>${mRec.map((m) => `<li><a href="/">${m}</a></li>`).join('\n')}</ul></div></div>
<div class="ab cb"><div class="ci bh"><ul class="footer">${mFoot.map((m) => `<li><a href="/">${m}</a></li>`).join('\n')}</ul></div></div>
</div></div></div></div>
<script>window.main();</script></body></html>`;
export const recovery: TestPage = {
  name: 'heldout359-medium-recovery-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mSub, ...mIntro, ...mPaper, mQuote, ...mNeighbors, ...mNext, ...mList, ...mEnd]),
  bylines: ['Nell Oduya', '6 min read', 'Aug 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Medium', 'Write', 'Sign up', 'Sign in', 'Follow', 'Published in Field Notes from Calder', '1.2K', 'Save', 'Listen', 'Share',
    'Weir Street, three weeks after the flood. Photo by the author.', 'Disaster Recovery', 'Floods', 'Community', 'Written by Nell Oduya', '312 Followers',
    'Writer at Field Notes from Calder. Volunteer, librarian, reluctant expert on mold.', 'Responses (14)', 'Ivel Hart', 'Aug 10, 2026',
    'Paperwork nights should be standard everywhere. We are stealing this idea for our county.', 'See all responses',
    'More from Nell Oduya and Field Notes from Calder', ...mMore, 'Recommended from Medium', ...mRec, ...mFoot,
  ],
};
