import type { TestPage } from './page-kit.js';
import { texts } from './page-kit.js';
import { ld, paras } from './pages-heldout271-kit.js';

/**
 * Held-out batch 271, file e2: a Medium member-only story as the React app renders it (generated class names, data-testid
 * attributes, pw-post-body-paragraph paragraphs), with the metered banner, claps and responses, "Written by", "More from" and
 * "Recommended from Medium" rails and the footer links.
 */
const mTitle = 'I Replaced My Standup With a Shared Document for Six Months';
const mSub = 'What happened to a team of nine when the daily meeting became a daily page';
const mP = paras(`
  Our standup used to take fifteen minutes on paper and twenty-five in practice. Nine people, each saying what they did
  yesterday and what they would do today, while the other eight waited for their turn and half-listened.

  In September I suggested an experiment: for one quarter we would skip the meeting and instead write three lines each in a
  shared document before ten o'clock. We kept it going for two quarters. This is what I learned.

  The first week was awkward. People wrote too much, then too little. By the third week the entries settled into a shape
  nobody had designed: one line on progress, one on the plan, and a third line that turned out to be the important one, on
  what was in the way.

  That third line changed the most. In a meeting, saying you are blocked in front of everyone feels like admitting failure.
  Written down, it read like a request, and people answered it within the hour, often before I had even read the page.

  Not everything improved. Two of our newer engineers said they felt less connected to the team, and they were right: the
  meeting had been the only time some of us heard each other's voices on a normal day.

  We fixed it with a thirty-minute call on Fridays with no agenda at all. It is the one meeting nobody has ever asked to
  cancel.

  If your team is thinking of trying it, start with a fixed time for writing and a fixed time for reading, and make sure
  someone actually reads the blockers. The document is only useful if the third line gets an answer.

  Six months on, nobody has asked for the standup back. I asked them directly in our last retro, and the only vote for
  bringing it back was mine, cast as a joke.
`);
const mHeads = ['The third line', 'What we lost', 'Would I do it again?'];
const cls = 'pw-post-body-paragraph mo mp gq mq b mr ms mt mu mv mw mx my mz na nb nc nd ne nf ng nh ni nj nk nl fj bk';
const p = (t: string | undefined, id: string | undefined): string => `<p id="${id}" class="${cls}" data-selectable-paragraph="">${t}</p>`;
const h = (t: string | undefined, id: string | undefined): string =>
  `<h2 id="${id}" class="nm nn gq bf no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of og oh oi oj bk" data-selectable-paragraph="">${t}</h2>`;
const ids = ['a1f0', '5c2e', '9d3b', 'e07a', '21cc', 'f4b9', '7e15', 'c8d2'];
const mMore = ['The Meeting Audit That Saved Us 11 Hours a Week', 'Nobody Reads Your Design Doc. Here Is How to Fix That.'];
const mRec = ['Why Senior Engineers Write Less Code', 'The Art of the Handover Note'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mHtml = `<!doctype html><html lang="en"><head><title>${mTitle} | by Ottilie Farrant | Mar, 2026 | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" name="description" content="${mSub}">
<meta data-rh="true" property="article:published_time" content="2026-03-08T14:02:11.410Z"><meta data-rh="true" name="author" content="Ottilie Farrant">
${ld({ '@context': 'http://schema.org', '@type': 'NewsArticle', name: mTitle, isAccessibleForFree: 'False', creator: ['Ottilie Farrant'] })}
<script>window.__BUILD_ID__="main-20260306-191455-7c0ef3a1b2";window.__GRAPHQL_URI__="https://medium.example/_/graphql"</script>
<style type="text/css" data-fela-rehydration="512" data-fela-type="STATIC">.bf{font-family:sohne}.gq{color:#242424}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c">
<div class="l n o p" role="banner"><div class="q r s t"><div class="u"><div class="ak l"><div class="bm br bs">
<p class="bf b dq z dp hp dr ds dt du dv dw dx">You have 2 free member-only stories left this month.
<a class="ag ah ai aj ak al am an ao ap aq ar as at au" href="/m/signin?operation=register">Sign up for Medium and get an extra one</a></p>
</div></div></div></div></div>
<div class="l n o bh" role="navigation"><a aria-label="Homepage" data-testid="headerMediumLogo" href="/">Medium</a>
<div class="ax h"><input role="combobox" placeholder="Search" data-testid="headerSearchInput"></div>
<a data-testid="headerWriteButton" href="/new-story"><div class="bf b bg z bj">Write</div></a>
<a data-testid="headerSignUpButton" href="/m/signin?operation=register">Sign up</a><a data-testid="headerSignInButton" href="/m/signin">Sign in</a></div>
<article><div class="l"><div class="l"><section><div><div class="gv gw gx gy gz"></div><div class="ha hb hc hd he">
<div class="ab ca"><div class="ch bg fu fv fw fx"><div class="ab cp hf"><div class="hg l"><svg width="16" height="16"></svg></div>
<p class="bf b bg z du">Member-only story</p></div>
<div><h1 id="3f1c" class="pw-post-title hh hi gq bf hj hk hl hm hn ho hp hq hr hs ht hu hv hw hx hy hz ia ib ic id bk" data-testid="storyTitle"
data-selectable-paragraph="">${mTitle}</h1></div>
<div><h2 id="8a02" class="pw-subtitle-paragraph ie hi gq bf b if ig ih ii ij ik il im in io ip iq ir is cp du" data-selectable-paragraph="">${mSub}</h2></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="it iu iv iw ix ab"><div class="ab q ja">
<div class="ab q jb"><div class="bf b bg z bk" data-testid="authorName"><a class="ag ah ai aj ak al am an ao ap aq ar as jc ab q"
href="/@ottilie.farrant">Ottilie Farrant</a></div><span class="jd je" aria-hidden="true">·</span><div class="bf b bg z jf">
<button class="jg jh ji jj jk">Follow</button></div></div>
<div class="l jl"><span class="bf b bg z du"><div class="ab cn jm jn jo"><span data-testid="storyReadTime">6 min read</span>
<div class="jp jq l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="du">·</span></span></div>
<span data-testid="storyPublishDate">Mar 8, 2026</span></div></span></div></div></div>
<div class="ab cp jr js jt ju jv jw jx jy jz ka kb kc kd ke kf kg"><div class="h k w fg fh q"><div class="kw l">
<div class="ab q kx ky"><div class="pw-multi-vote-icon fj la lb lc ld"><button data-testid="headerClapButton" aria-label="clap"></button></div>
<div class="pw-multi-vote-count l le lf lg lh li lj lk"><p class="bf b dv z du"><span class="ll">1.3K</span></p></div></div></div>
<div class="bq ab"><button aria-label="responses" class="lm ao"><p class="bf b dv z du"><span class="pw-responses-count ln lo">27</span></p>
</button></div></div><div class="ab q"><button aria-label="Add to list bookmark button" data-testid="headerBookmarkButton"></button>
<button aria-label="Listen" data-testid="audioPlayButton"><p class="bf b dv z du">Listen</p></button>
<button aria-label="Share Post" data-testid="headerSocialShareButton"><p class="bf b dv z du">Share</p></button></div></div></div></div>
${p(mP[0], ids[0])}
${p(mP[1], ids[1])}
<figure class="oq or os ot ou ov on oo paragraph-image"><div class="ow ox ed oy bg oz"><picture><img alt="" class="bg kz pa c" width="700"
height="467" loading="eager" role="presentation" src="https://miro.medium.example/v2/resize:fit:700/1*Qf7.jpeg"></picture></div>
<figcaption class="pb fi pc on oo pd pe bf b bg z du" data-selectable-paragraph="">Photo by Kasimir Lund on Unsplash</figcaption></figure>
${h(mHeads[0], 'b7e0')}
${p(mP[2], ids[2])}
${p(mP[3], ids[3])}
${h(mHeads[1], '0d4f')}
${p(mP[4], ids[4])}
${p(mP[5], ids[5])}
${h(mHeads[2], '62aa')}
${p(mP[6], ids[6])}
${p(mP[7], ids[7])}
</div></div></div></div></section></div></div></article>
<div class="ab ca"><div class="pf pg ph"><div class="ab cb"><a href="/tag/remote-work">Remote Work</a><a href="/tag/management">Management</a>
<a href="/tag/productivity">Productivity</a></div></div></div>
<div class="pl pm pn"><h2 class="bf gq pu pv pw px py pz qa qb qc qd qe qf qg qh qi bk">Written by Ottilie Farrant</h2>
<div class="ab q"><span class="pw-follower-count bf b bg z du">2.9K Followers</span></div>
<p class="bf b bg z bk">Engineering manager. Writes about small teams, slow meetings and fast feedback.</p>
<h2 class="bf gq">More from Ottilie Farrant</h2><div>${mMore.map((t) => `<h2 class="bf gq qq">${t}</h2>`).join('')}</div>
<h2 class="bf gq">Recommended from Medium</h2><div>${mRec.map((t) => `<h2 class="bf gq qq">${t}</h2>`).join('')}</div></div>
<div class="ab ca cb" role="contentinfo">${mFoot.map((t) => `<a class="ag ah" href="/${t.toLowerCase()}"><p class="bf b dv z du">${t}</p></a>`).join('')}
</div></div></div></div>
<script>window.__APOLLO_STATE__ = {"Post:9c0e1f2a3b4d":{"__typename":"Post","id":"9c0e1f2a3b4d","isLocked":true,"title":"${mTitle}"}}</script>
</body></html>`;
export const mediumPage: TestPage = {
  name: 'heldout271-medium-memberonly-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: [mSub, ...texts(mP)],
  bylines: ['Ottilie Farrant', 'Mar 8, 2026'],
  furniture: [
    'You have 2 free member-only stories left this month.',
    'Sign up for Medium and get an extra one',
    'Write',
    'Sign up',
    'Sign in',
    'Member-only story',
    'Follow',
    '6 min read',
    '1.3K',
    'Listen',
    'Share',
    'Photo by Kasimir Lund on Unsplash',
    'Remote Work',
    'Management',
    'Productivity',
    'Written by Ottilie Farrant',
    '2.9K Followers',
    'Engineering manager. Writes about small teams, slow meetings and fast feedback.',
    'More from Ottilie Farrant',
    ...mMore,
    'Recommended from Medium',
    ...mRec,
    ...mFoot,
  ],
};
