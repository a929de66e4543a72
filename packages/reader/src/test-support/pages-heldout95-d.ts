import { type TestPage, texts } from './page-kit.js';
import { substackPost } from './pages-heldout95-d2.js';

/**
 * Held-out batch 95, file d: a Medium post in a publication as a signed-out reader saves it (the "Open in app" strip, the
 * top bar with the logo, search, "Write", "Sign up" and "Sign in", the "Member-only story" badge, the title and subtitle,
 * the author line with "Follow", "Published in", read time and date, the clap, response, listen and share bar, body
 * paragraphs with `data-selectable-paragraph`, headings, a figure with an Unsplash caption, a code block, a blockquote and
 * a list, the tags, the repeated bar, "Written by" and "Published in" cards with follower counts, "Responses" with two
 * responses, "More from ..." and "Recommended from Medium" cards and the footer) and, from file d2, a Substack post.
 */
const mdTitle = 'I Replaced Our Cron Jobs With a Queue. Here’s What Broke.';
const mdSub = 'Moving 40 scheduled tasks to a job queue fixed our overlapping runs and gave us three new problems we did not see coming.';
const mdP1 = [
  'For six years our backend ran on cron. Forty-one scheduled tasks, spread across three servers, sent invoices, cleaned up old sessions, rebuilt ' +
    'search indexes and emailed weekly reports to customers. Nobody loved it, but it worked, until the night two copies of the invoice job ran at ' +
    'the same time and 1,100 customers got billed twice.',
  'That was the push we needed. Over two months we moved every task to a job queue with a scheduler in front of it. This post is about what ' +
    'went well, and more usefully, about what broke.',
];
const mdH1 = 'Why a queue at all';
const mdP2 = [
  'Cron is very good at one thing: starting a command at a given time. It knows nothing about whether the last run finished, whether another ' +
    'server is running the same job, or whether the job failed halfway through. We had built all of that ourselves with lock files and shell ' +
    'scripts, and the lock files were the part that failed.',
  'A queue gives you those things for free. Each scheduled task becomes a message. Workers take messages one at a time, a message is only ' +
    'removed when the job succeeds, and the scheduler can refuse to enqueue a job while another copy is still waiting.',
];
const mdQuote = 'The bug was never in the invoice code. It was in the fifteen lines of shell that decided whether the invoice code should run.';
const mdH2 = 'What broke';
const mdP3 = ['The migration itself went smoothly. The surprises came in the weeks after.'];
const mdList = [
  '<strong>Retries that should not have retried.</strong> The weekly report job failed on a timeout, was retried, and sent the same email ' +
    'three times. Jobs with side effects need an idempotency key, not just a retry count.',
  '<strong>Time zones, again.</strong> Cron ran in server time. The new scheduler ran in UTC, so every job moved by an hour when the clocks ' +
    'changed in March.',
  '<strong>A quiet backlog.</strong> When one slow job held a worker for forty minutes, the jobs behind it waited silently. We now alert when ' +
    'any message has been waiting for more than ten minutes.',
];
const mdP4 = ['Here is the small wrapper we now put around every job that talks to the outside world:'];
const mdCode = `def run_once(job_id, key, fn):
    if store.seen(job_id, key):
        return "skipped"
    result = fn()
    store.mark(job_id, key)
    return result`;
const mdH3 = 'Would we do it again?';
const mdP5 = [
  'Yes. We have not had a double run since the switch, and for the first time we can see every job, its history and its failures in one place.',
  'But a queue is not a drop-in replacement for cron. It changes what “a job ran” means, and every job needs to be checked against that new ' +
    'meaning before you move it. If I did it again I would start with the jobs that have side effects, not the easy ones.',
];
const mdCap = 'Photo by Lena Ortiz on Unsplash';
const mdTags = ['Software Engineering', 'DevOps', 'Backend', 'Programming'];
const mdAuthor = 'Tomasz Wielicki';
const mdPub = 'Better Backends';
const mdBio = 'Staff engineer at a payments company. I write about the boring parts of software that keep the lights on.';
const mdPubBio = 'Practical writing about servers, databases and the systems behind the apps you use.';
// biome-ignore format: packed
const mdResp = [
  'Ines Carvalho', 'Sep 20, 2025', 'The point about time zones hit home. We lost a whole Sunday to that one last spring.', '12', '1 reply',
  'Rob Whitaker', 'Sep 22, 2025', 'Did you consider a distributed lock instead of a queue? Curious why you went with the bigger change.', '4', '',
];
// biome-ignore format: packed
const mdMore = [
  'Our Database Was Fine. Our Connection Pool Was Not.', 'Jul 3, 2025', 'How We Cut Our Cloud Bill by a Third Without Touching the Code',
  'May 19, 2025', 'Postgres Advisory Locks Are Underrated', 'Aug 30, 2025', 'The Five Logs I Read Every Morning', 'Jun 11, 2025',
];
// biome-ignore format: packed
const mdRec = [
  'Stop Writing Microservices Until You Have These Three Things', 'Anaya Bose', 'Why Your Background Jobs Are Lying to You', 'Kevin Oduya',
];
const mdFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const sel = 'data-selectable-paragraph=""';
const mdP = (t: string, i: number): string =>
  `<p id="p${i.toString(16)}a${t.length % 97}" class="pw-post-body-paragraph nh ni gu nj b nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe
gn bk" ${sel}>${t}</p>`;
const mdH = (t: string, id: string): string =>
  `<h2 id="${id}" class="of og gu bf oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy oz pa pb bk" ${sel}>${t}</h2>`;
const mdBar = (where: string): string => `<div class="speechify-ignore ab co" data-bar="${where}"><div class="ab q hy hz"><div
class="pw-multi-vote-icon fj jt ju jv jw"><button data-testid="headerClapButton" aria-label="clap"></button></div><div class="pw-multi-vote-count l jx jy jz ka
kb kc kd"><p class="bf b dy z dx"><button class="af fk ah ai aj ak al am an ao ap aq ar as at">2.3K</button></p></div></div><div class="bq ab"><button
class="af fk ah ai" aria-label="responses"><span class="pw-responses-count la lb">41</span></button></div><div class="ab q"><button
data-testid="audioPlayButton" class="af fk ah ai"><p class="bf b bg z dx">Listen</p></button><button data-testid="headerSocialShareButton"
class="af fk ah ai"><p class="bf b bg z dx">Share</p></button></div></div>`;
const mdHtml = `<!doctype html>
<html lang="en"><head><title>I Replaced Our Cron Jobs With a Queue. Here’s What Broke. | by Tomasz Wielicki | Better Backends | Sep, 2025 | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" name="description" content="${mdSub}"><meta data-rh="true" property="og:title" content="${mdTitle}">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="article:published_time" content="2025-09-16T08:41:12.118Z">
<meta data-rh="true" name="author" content="${mdAuthor}"><meta data-rh="true" name="twitter:label1" content="Reading time">
<meta data-rh="true" name="twitter:data1" content="6 min read"><link data-rh="true" rel="canonical"
href="https://medium.com/better-backends/i-replaced-our-cron-jobs-with-a-queue-heres-what-broke-5f1e2d9c0a7b">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mdTitle}","datePublished":
"2025-09-16T08:41:12.118Z","author":{"@type":"Person","name":"${mdAuthor}","url":"https://medium.com/@twielicki"},"publisher":{"@type":"Organization",
"name":"${mdPub}"},"isAccessibleForFree":false}</script>
<link rel="stylesheet" href="https://glyph.medium.com/css/unbound.css"></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l m n o c"><div class="p q r s t u v w x y z ab ac">
<div class="ae af ag ah ai aj ak al"><a class="am an ao ap aq" href="https://rsci.app.link/?%24canonical_url=medium">Open in app</a></div>
<div class="ab q ar"><a data-testid="headerMediumLogo" href="/" aria-label="Homepage"><svg viewBox="0 0 719 160"></svg></a><div class="as h"><div
class="ab at au av aw ax ay az ba bb"><input role="combobox" placeholder="Search" data-testid="headerSearchInput" class="ay bc bd be"></div></div></div>
<div class="ab q bf"><a data-testid="headerWriteButton" href="/m/signin?operation=register&amp;redirect=new-story" class="bg bh"><div class="ab q"><svg
viewBox="0 0 24 24"></svg><div class="bi">Write</div></div></a><span class="bj bk"><a data-testid="headerSignUpButton" class="bl bm bn bo"
href="/m/signin?operation=register">Sign up</a></span><span class="bp bq"><a data-testid="headerSignInButton" class="br bs"
href="/m/signin?operation=login">Sign in</a></span></div></div></div>
<article><div class="l"><div class="l"><section><div><div class="gc gd ge gf gg"></div><div class="gh gi gj gk gl"><div class="ab cb"><div
class="ci bh fz ga gb gm"><div class="ab q gn"><svg viewBox="0 0 16 16"></svg><p class="bf b bg z dx">Member-only story</p></div>
<div><h1 id="4d1c" class="pw-post-title go gp gu bf gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq bk" data-testid="storyTitle"
${sel}>${mdTitle}</h1></div><h2 id="a7b0" class="pw-subtitle-paragraph hr gp gu bf b hs ht hu hv hw hx hy hz ia ib ic id ie if ig dx"
data-testid="storySubtitle" ${sel}>${mdSub}</h2>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="ih ii ij ik il ab"><div><div class="ab im"><div><div class="bm"
aria-hidden="false"><a href="/@twielicki?source=post_page---byline--5f1e2d9c0a7b---------------------------------------"><div class="l in io bx ip iq">
<img alt="${mdAuthor}" class="l ep bx dc dd cx" src="https://miro.medium.com/v2/resize:fill:64:64/1*twielicki.jpeg" width="32" height="32"></div></a>
</div></div></div></div><div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="ir ab q"><div class="ab q is">
<div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b it iu bk"><a class="af ag ah ai aj ak al am an ao ap aq ar iv"
data-testid="authorName" href="/@twielicki?source=post_page---byline">${mdAuthor}</a></p></div></div></div><span class="iw ix" aria-hidden="true">
<span class="bf b bg z dx">·</span></span><p class="bf b it iu dx"><button class="iy iz ah ai aj ak al am an ao ap aq ar ja jb jc">Follow</button></p>
</div></div></span></div></div><div class="l jd"><span class="bf b bg z dx"><div class="ab cn je jf jg"><div class="jh ji ab"><div class="bf b bg z dx
ab jj"><span class="jk l jd">Published in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar iv ab q"
data-testid="publicationName" href="https://medium.com/better-backends?source=post_page---byline"><p class="bf b bg z jl jm jn jo jp jq jr js bk">${mdPub}
</p></a></div></div></div><div class="h k"><span class="iw ix" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div></div><span
class="bf b bg z dx"><div class="ab ae"><span data-testid="storyReadTime">6 min read</span><div class="jt ju l" aria-hidden="true"><span
class="l" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div><span data-testid="storyPublishDate">Sep 16, 2025</span></div></span></div>
</span></div></div></div>${mdBar('top')}</div></div></div></div></div><div class="lc"><div class="ab cb"><div class="ci bh fz ga gb gm">
${mdP1.map(mdP).join('\n')}
<figure class="lf lg lh li lj lk ld le paragraph-image"><div role="button" tabindex="0" class="ll lm fj ln bh lo"><div class="ld le lp"><picture><img
alt="" class="bh lq lr c" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium.com/v2/resize:fit:700/0*servers.jpg">
</picture></div></div><figcaption class="ls fe lt ld le lu lv bf b bg z dx" ${sel}>Photo by <a class="af lw" href="https://unsplash.com/@lenaortiz"
rel="noopener ugc nofollow" target="_blank">Lena Ortiz</a> on <a class="af lw" href="https://unsplash.com/" rel="noopener ugc nofollow"
target="_blank">Unsplash</a></figcaption></figure>
${mdH(mdH1, 'b2e9')}
${mdP2.map((t, i) => mdP(t, i + 2)).join('\n')}
<blockquote class="pc pd pe"><p id="c0d1" class="pw-post-body-paragraph nh ni pf nj b nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe
gn bk" ${sel}>${mdQuote}</p></blockquote>
${mdH(mdH2, 'e41a')}
${mdP3.map((t, i) => mdP(t, i + 4)).join('\n')}
<ol class="">${mdList
  .map(
    (t, i) => `<li id="l${i}"
class="nh ni gu nj b nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe pg ph pi bk" ${sel}>${t}</li>`,
  )
  .join('\n')}
</ol>
${mdP4.map((t, i) => mdP(t, i + 5)).join('\n')}
<pre class="pj pk pl pm pn po pp pq bp pr bb bk"><span id="f3a2" class="ps mu gu pp b bg pt pu l pv pw" data-code-block-mode="1" spellcheck="false"
data-code-block-lang="python">${mdCode}</span></pre>
${mdH(mdH3, '91cc')}
${mdP5.map((t, i) => mdP(t, i + 6)).join('\n')}
</div></div></div></div></section></div></div></article>
<div class="l ae"><div class="ab cb"><div class="ci bh fz ga gb gm"><div class="px py ab it"><div class="pz ab">${mdTags
  .map((t) => `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}?source=post_page-----5f1e2d9c0a7b" class="qa bx ao"><div class="qb qc">${t}</div></a>`)
  .join('')}</div></div>${mdBar('bottom')}</div></div></div>
<div class="qd qe qf"><div class="ab cb"><div class="ci bh fz ga gb gm"><div class="qg qh"><h2 class="bf gv qi qj qk ql qm">Written by ${mdAuthor}</h2>
<div class="ab q"><a href="/@twielicki/followers" class="qn">2.4K followers</a><span class="qo">·</span><a href="/@twielicki/following"
class="qn">186 following</a></div><p class="bf b bg z bk">${mdBio}</p><button class="iy iz qp">Follow</button></div><div class="qg qh"><h2
class="bf gv qi qj qk ql qm">Published in ${mdPub}</h2><div class="ab q"><a href="/better-backends/followers" class="qn">18K followers</a><span
class="qo">·</span><span class="qn">Last published 2 days ago</span></div><p class="bf b bg z bk">${mdPubBio}</p><button class="iy iz qp">Follow</button>
</div></div></div></div>
<div class="qq qr"><div class="ab cb"><div class="ci bh fz ga gb gm"><h2 class="bf gv qs">Responses (41)</h2><div class="qt"><div class="qu">
<p class="bf b bg">What are your thoughts?</p><button class="qv">Cancel</button><button class="qw">Respond</button></div>${[0, 5]
  .map(
    (i) => `<div class="qx" data-testid="response"><a href="/@r${i}" class="qy">${mdResp[i]}</a><span class="qz"><a href="/p/r${i}">${mdResp[i + 1]}</a></span>
<div class="ra"><p class="rb">${mdResp[i + 2]}</p></div><div class="rc"><button aria-label="clap">${mdResp[i + 3]}</button>${
      mdResp[i + 4] ? `<button class="rd">${mdResp[i + 4]}</button>` : ''
    }<button class="re">Reply</button></div></div>`,
  )
  .join('\n')}<button class="rf">See all responses</button></div></div></div></div>
<div class="rg rh"><div class="ab cb"><div class="ci bh fz ga gb gm"><h2 class="bf gv qs">More from ${mdAuthor} and ${mdPub}</h2><div class="ri">${[0, 2, 4, 6]
  .map((i) => `<article class="rj"><a href="/p/more-${i}"><h2 class="bf gv rk">${mdMore[i]}</h2></a><span class="rl">${mdMore[i + 1]}</span></article>`)
  .join('\n')}</div><a class="rm" href="/@twielicki">See all from ${mdAuthor}</a><h2 class="bf gv qs">Recommended from Medium</h2><div class="ri">${[0, 2]
  .map((i) => `<article class="rj"><a href="/p/rec-${i}"><h2 class="bf gv rk">${mdRec[i]}</h2></a><p class="rl">${mdRec[i + 1]}</p></article>`)
  .join('\n')}</div><a class="rm" href="/?source=post_page---read_next_recirc">See more recommendations</a></div></div></div>
<div class="rn ro"><div class="ab cb"><div class="ci bh fz ga gb gm"><div class="rp">${mdFoot
  .map((t) => `<a class="rq" href="https://medium.com/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)
  .join('')}</div></div></div></div></div></div></div>
<script>window.__APOLLO_STATE__ = {"Post:5f1e2d9c0a7b":{"id":"5f1e2d9c0a7b","isLocked":true,"readingTime":6.2,"clapCount":2311}}</script>
<script src="https://cdn-client.medium.com/lite/static/js/main.4f1c2ab9.js" async></script></body></html>`;
const medium: TestPage = {
  html: mdHtml,
  name: 'heldout95-medium-blog',
  kind: 'blog',
  // the subtitle (h2.pw-subtitle-paragraph) is body, like a dek; the blockquote is body, the code block in neither list;
  // the "Member-only story" badge, the Unsplash caption, clap/response counts, tags, cards, responses and footer are furniture
  title: mdTitle,
  headings: [mdH1, mdH2, mdH3],
  body: texts([mdSub, ...mdP1, ...mdP2, mdQuote, ...mdP3, ...mdList, ...mdP4, ...mdP5]),
  bylines: [mdAuthor, '6 min read', 'Sep 16, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Open in app', 'Write', 'Sign up', 'Sign in', 'Member-only story', 'Follow', 'Published in', mdPub, '2.3K', '41', 'Listen', 'Share', mdCap, ...mdTags,
    `Written by ${mdAuthor}`, '2.4K followers', '186 following', mdBio, 'Published in Better Backends', '18K followers', 'Last published 2 days ago',
    mdPubBio, 'Responses (41)', 'What are your thoughts?', 'Cancel', 'Respond', ...mdResp.filter((t) => t !== ''), 'Reply', 'See all responses',
    `More from ${mdAuthor} and ${mdPub}`, ...mdMore, `See all from ${mdAuthor}`, 'Recommended from Medium', ...mdRec, 'See more recommendations',
    ...mdFoot,
  ])],
};

export const HELDOUT95_D: readonly TestPage[] = [medium, substackPost];
