import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 48, file f2: a Medium member-only post as a signed-out reader sees it (atomic CSS class soup, the top bar
 * with "Open in app", "Sign up", "Sign in", "Write" and search, the "Member-only story" badge, pw-post-title and pw-subtitle,
 * the speechify-ignore byline block with avatar, author name, "Follow", "Published in" publication, read time and date, the
 * clap/response/listen/share bar, the first paragraphs and an h2, the paywall box with its sign-up buttons, the "Written by"
 * card with followers and bio, the publication card, "Responses", "More from" and "Recommended from Medium" cards and the footer).
 */
const mdTitle = 'I Replaced My Team’s Standups With a Written Log for Six Months. Here’s What Happened.';
const mdSub = 'Fewer meetings, more writing, and one problem I did not see coming.';
const mdBody1 = [
  'Last April I cancelled the daily standup for my team of nine engineers. In its place, everyone wrote three or four lines in a shared log ' +
    'before ten each morning: what they finished, what they were stuck on, and what they planned to do next.',
  'I expected some grumbling and a quiet return to the old meeting within a month. Instead, six months later, nobody wants to go back. But ' +
    'the experiment didn’t go the way I thought it would, and the thing that nearly sank it had nothing to do with writing.',
];
const mdH = 'Why I stopped the meeting';
const mdBody2 = [
  'Our standup was supposed to take fifteen minutes. It usually took thirty-five. Two people were in a time zone where it fell at the end of ' +
    'their day, and one was at the start of hers, which meant she joined from the kitchen while getting her kids ready for school.',
  'Worse, the meeting had stopped doing its job. People reported what they had done in a way that sounded busy, problems were mentioned ' +
    'and then politely left alone, and the real conversations happened afterwards in private messages I never saw.',
  'I had tried to fix it before. We moved the meeting to a kinder hour, added a timer, and asked people to keep their updates to one ' +
    'sentence. Each change helped for a week or two, and then the meeting drifted back to its old shape.',
  'When I asked the team in a retrospective what they would lose if the standup disappeared, the longest silence I have ever heard on a ' +
    'video call was followed by one engineer saying, “Honestly? The chance to see everyone’s face.”',
  'That answer turned out to matter more than I realised.',
];
const mdWall = [
  'Create an account to read the full story.',
  'The author made this story available to Medium members only.',
  'If you’re new to Medium, create a new account to read this story on us.',
  'Continue in app',
  'Or, continue in mobile web',
  'Sign up with Google',
  'Sign up with Facebook',
  'Already have an account? Sign in',
];
const mdBio = 'Engineering manager in Ljubljana. Writes about teams, meetings and the quiet work in between.';
const mdPubBio = 'Essays on calmer, saner ways of working.';
const mdMore = [
  'The One-Page Handover Doc Every Team Should Have',
  'Stop Asking Engineers for Estimates in Hours',
  'What I Learned From Managing a Team I Had Never Met',
];
const mdRec = [
  ['Priyanka Sethi', 'Async Work Is Not No-Meetings Work'],
  ['Leo Marchetti', 'The Quiet Collapse of the Team Retro'],
];
const mdFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mdP = (p: string, id: string): string =>
  `<p id="${id}" class="pw-post-body-paragraph nd ne gn nf b ng nh ni nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa gg bj"
data-selectable-paragraph="">${p}</p>`;
const mdHtml = `<!doctype html><html lang="en"><head><title>${mdTitle} | by Dan Kovač | Oct, 2025 | The Quiet Office</title><meta name="robots"
content="index,noarchive,follow,max-image-preview:large">
<meta data-rh="true" property="article:author" content="https://medium.com/@dan.kovac"><script type="application/ld+json">{"@context":"http://schema.org",
"@type":"NewsArticle","headline":"${mdTitle}","isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False",
"cssSelector":".meteredContent"},"author":{"@type":"Person","name":"Dan Kovač"},"datePublished":"2025-10-21T07:16:40.112Z"}</script>
<style type="text/css" data-fela-rehydration="512"
data-fela-type="STATIC">html{box-sizing:border-box}.a{font-family:medium-content-sans-serif-font}</style></head>
<body><div id="root"><div class="a b c"><div class="l c"><div class="l"><div class="ak"><div class="ff fg fh fi fj fk fl fm"><a class="af ag ah ai aj ak al am
an ao ap aq ar fn" href="https://rsci.app.link/?%24canonical_url=https%3A%2F%2Fmedium.com%2Fp%2F9f2b" rel="noopener follow">Open in app</a><div class="fo fp">
<a class="af ag ah ai aj ak al am an ao ap aq ar" href="/m/signin?operation=register" rel="noopener follow">Sign up</a><a class="af ag ah ai aj"
href="/m/signin?operation=login"
rel="noopener follow">Sign in</a></div><a aria-label="Homepage" data-testid="headerMediumLogo"
href="/"><svg viewBox="0 0 719 160"><path d="M0 0h1"></path></svg></a>
<div class="fq fr"><input role="combobox" aria-controls="search-results" aria-expanded="false" aria-label="search" data-testid="headerSearchInput"
placeholder="Search"
class="ay fs ft fu"></div><a data-testid="headerWriteButton" href="/new-story" rel="noopener follow"><div class="bf b bg z dt ab q">Write</div></a></div></div>
<article><div class="l"><div class="l"><section><div><div class="hb hc hd he hf"><div class="ab ca"><div class="ch bg fl fm fn fo">
<div class="ab q hp"><div class="ab q"><svg width="16" height="16"
viewBox="0 0 64 64"><path d="M0 0h1"></path></svg><p class="be b bf z dt">Member-only story</p></div></div>
<div><h1 id="d1a3" class="pw-post-title gl gm gn be go gp gq gr gs gt gu gv gw gx bj" data-testid="storyTitle"
data-selectable-paragraph="">${mdTitle}</h1></div>
<div><h2 id="5e2b" class="pw-subtitle-paragraph hj gm gn be b hk hl hm hn ho hp dt" data-selectable-paragraph="">${mdSub}</h2></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="io ip iq ir is ab"><div><div class="ab it"><a
href="/@dan.kovac?source=post_page---byline--9f2b"
rel="noopener follow"><img alt="Dan Kovač" class="l ep by dd de cx" src="https://miro.medium.com/v2/resize:fill:88:88/1*kovac.jpeg" width="44" height="44"
loading="lazy" data-testid="authorPhoto"></a></div></div><span class="bf b bg z bk"><div class="jb ab q"><p class="bf b jd je bk"><a class="af ag ah ai jf"
data-testid="authorName" href="/@dan.kovac?source=post_page---byline--9f2b">Dan Kovač</a></p><span class="jg jh"
aria-hidden="true"><span class="bf b bg z dt">·</span></span>
<p class="bf b jd je dt"><button class="ji jj ah ai jk jl jm" disabled="">Follow</button></p></div></span></div></div>
<div class="l jn"><span class="bf b bg z dt"><div class="ab cn jo jp jq"><div class="jr js ab"><div class="bf b bg z dt ab jt"><span
class="ju l jn">Published in</span>
<a class="af ag ah jf ab q" data-testid="publicationName"
href="https://medium.com/the-quiet-office?source=post_page---byline--9f2b"><p class="bf b bg z jv jw bk">The Quiet
Office</p></a></div></div><span class="bf b bg z dt"><div class="ab ae"><span data-testid="storyReadTime">7 min read</span><div class="kd ke l"
aria-hidden="true"><span
class="l"><span class="bf b bg z dt">·</span></span></div><span data-testid="storyPublishDate">Oct 21, 2025</span></div></span></div></span></div></div>
<div class="ab cp kf kg kh ki"><div class="h k w fg fh q"><div class="lk l"><div class="ab q ll lm"><div class="pw-multi-vote-icon ed jz ln lo lp"><svg
width="24"
height="24" aria-label="clap"><path d="M0 0h1"></path></svg></div><div class="pw-multi-vote-count l mb mc md"><p class="bf b dv z dt"><button
class="af ag ah ai">1.4K</button></p>
</div></div></div><div class="pw-responses-count la lb"><button class="af ag ah ai" aria-label="responses"><svg width="24"
height="24"></svg><p class="bf b dv z dt"><span
class="pw-responses-count lc ld">23</span></p></button></div></div><div class="ab q"><button class="af ag ah ai"
aria-label="Add to list bookmark button"><svg></svg></button>
<button class="af ag ah ai"
data-testid="audioPlayButton"><svg></svg><div class="j i d"><p class="bf b bg z dt">Listen</p></div></button><button class="af ag ah ai"
data-testid="headerSocialShareButton"><svg></svg><div class="j i d"><p class="bf b bg z dt">Share</p></div></button></div></div></div></div></div></div>
<div class="ab ca"><div class="ch bg fl fm fn fo">
${mdBody1.map((p, i) => mdP(p, `a1b${i}`)).join('\n')}
<h2 id="7c2e" class="oc od gn be oe of og oh oi oj ok ol om on oo op oq or os bj" data-selectable-paragraph="">${mdH}</h2>
${mdBody2.map((p, i) => mdP(p, `c4d${i}`)).join('\n')}
</div></div></section></div></div></article>
<div class="ab ca"><div class="ch bg fl fm fn fo"><div class="pq pr ps pt pu l"><div class="meteredContent-paywall"
data-testid="paywall"><h2 class="be pv pw">${mdWall[0]}</h2>
${mdWall
  .slice(1, 3)
  .map((t) => `<p class="be b bg z dt">${t}</p>`)
  .join('\n')}
<a class="af ag ah ai" href="https://rsci.app.link/?%24canonical_url=...">${mdWall[3]}</a><p class="be b dv z dt">${mdWall[4]}</p>
<button class="px py pz qa" data-testid="googleSignUpButton">${mdWall[5]}</button><button class="px py pz qa">${mdWall[6]}</button>
<p class="be b bg z dt">Already have an account? <a href="/m/signin?operation=login">Sign in</a></p></div></div></div></div>
<div class="qb qc"><div class="ab ca"><div class="ch bg fl fm fn fo"><a href="/@dan.kovac?source=post_page---post_author_info--9f2b"><img alt="Dan Kovač"
src="https://miro.medium.com/v2/resize:fill:96:96/1*kovac.jpeg" width="48" height="48"
loading="lazy"></a><h2 class="be qd qe"><a href="/@dan.kovac">Written by Dan
Kovač</a></h2><div class="qf"><span class="pw-follower-count be b bg z bk">2.1K followers</span><span> · </span><span>180 following</span></div>
<p class="be b bg z bk">${mdBio}</p><button class="qg qh">Follow</button>
<h2 class="be qd qe">Published in The Quiet Office</h2><div class="qf"><span>12K followers</span><span> · </span><span>Last published 3 days ago</span></div>
<p class="be b bg z bk">${mdPubBio}</p>
<h2 class="be qd qe">Responses (23)</h2><button class="qi">See all responses</button>
<h2 class="be qd qe">More from Dan Kovač</h2><ul>${links(mdMore, 'qj')}</ul><a href="/@dan.kovac?source=post_page---more_from">See all from Dan Kovač</a>
<h2 class="be qd qe">Recommended from Medium</h2><ul>${mdRec
  .map(([a, t]) => `<li class="qj"><a href="/@x"><p class="be b">${a}</p></a><a href="/p/x"><h2 class="be">${t}</h2></a></li>`)
  .join('\n')}</ul><a href="/?source=post_page---read_next_recirc">See more recommendations</a></div></div></div>
<div class="qk ql"><div class="ab ca"><ul class="qm">${links(mdFoot, 'qn')}</ul></div></div></div></div></div></div>
<script>window.__APOLLO_STATE__ = {"Post:9f2b":{"id":"9f2b","title":"${mdTitle}","isLocked":true}};</script></body></html>`;
export const mediumPreview: TestPage = {
  html: mdHtml,
  name: 'heldout48-medium-member-preview',
  kind: 'blog',
  // the page holds only the free preview: its subtitle, paragraphs and h2 are the article (the rest is behind the paywall and
  // not on the page); "Dan Kovač", the date and "Written by Dan Kovač" (the author card's heading, wrapped over a line) are
  // bylines; "Member-only story", "Follow", "Published in" and the publication (its name wrapped), read time, clap and response
  // counts, "Listen", "Share", the paywall box, follower counts, the bio, the publication card, "Responses (23)", "More from",
  // "Recommended from Medium" with other authors' names (furniture), the top bar and the footer are furniture; the footer's
  // "About" is a word of the body: left out; "Sign in" (top bar and paywall) and "Follow" are listed once
  title: mdTitle,
  headings: [mdH],
  body: [mdSub, ...texts(mdBody1), ...texts(mdBody2)],
  bylines: ['Dan Kovač', 'Oct 21, 2025', 'Written by Dan Kovač'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open in app', 'Sign up', 'Sign in', 'Write', 'Member-only story', 'Follow', 'Published in', 'The Quiet Office', '7 min read', '1.4K', '23',
    'Listen', 'Share', ...mdWall.slice(0, 7), 'Already have an account?', '2.1K followers', '180 following', mdBio, 'Published in The Quiet Office',
    '12K followers', 'Last published 3 days ago', mdPubBio, 'Responses (23)', 'See all responses', 'More from Dan Kovač', ...mdMore,
    'See all from Dan Kovač', 'Recommended from Medium', ...mdRec.flat(), 'See more recommendations', ...mdFoot.filter((t) => t !== 'About'),
  ],
};
