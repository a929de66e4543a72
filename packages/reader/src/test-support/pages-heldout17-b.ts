import { links, type TestPage, texts } from './page-kit.js';
import { wordpress } from './pages-heldout17-b2.js';

/**
 * Held-out batch 17, file b: a Medium post on a publication's custom domain (metabar with "Open in app" / "Sign in", the post
 * in <article> with pw-post-title, pw-subtitle-paragraph and pw-post-body-paragraph classes, author line with Follow and read
 * time, clap and response counts, tags, "Written by" card with follower count, "Get an email whenever..." box, "More from"
 * and "Recommended from Medium" lists, footer). The WordPress.com post of this file is in pages-heldout17-b2.ts.
 */
const mdTitle = 'We moved our job queue from Redis to Postgres and nothing caught fire';
const mdSub = 'Eighteen months later: what SKIP LOCKED gave us, what it cost, and the one query we had to rewrite twice.';
const mdBody1 = [
  'When we started Tidewater, the background job queue was the least interesting part of the system. We used a popular Redis-backed ' +
    'library, it came with a dashboard, and for two years it quietly sent invoices, resized images and retried failed webhooks.',
  'The trouble started when jobs began to depend on database state. A job would be enqueued inside a transaction that later rolled ' +
    'back, and a worker would pick it up a few milliseconds later and go looking for a row that did not exist. We papered over it ' +
    'with retries, then with delays, and eventually with a page of comments explaining which jobs were safe to enqueue where.',
];
const mdH1 = 'Why Postgres';
const mdBody2 = [
  'Putting the queue in the same database as the data made the whole class of bugs disappear: a job is inserted in the same ' +
    'transaction as the rows it refers to, so either both exist or neither does.',
  'The worker loop is a single statement. It selects the oldest runnable job with FOR UPDATE SKIP LOCKED, marks it as running and ' +
    'returns it, and any other worker running the same query at the same moment simply skips the locked row instead of waiting on it.',
];
const mdH2 = 'What it cost';
const mdBody3 = [
  'Throughput was the obvious worry. On our busiest day we run about four million jobs, and at that rate the jobs table churns ' +
    'fast enough that autovacuum has real work to do. We moved finished jobs to a partitioned archive table every few minutes, ' +
    'which kept the hot table small and the index scans cheap.',
  'The query we rewrote twice was the one that picks the next job. The first version sorted by priority and then by creation time, ' +
    'which looked fine until one tenant enqueued two hundred thousand low-priority jobs and starved everyone else. The final version ' +
    'picks a tenant in round-robin order first and only then the oldest job for that tenant.',
  'We also lost the dashboard. We replaced it with three SQL views and a page in our admin tool, which turned out to be more useful, ' +
    'because support staff can now search jobs by customer.',
];
const mdH3 = 'Would we do it again?';
const mdBody4 = [
  'Yes, at our size. If we were running a hundred million jobs a day the answer might be different, but for a team of nine engineers, ' +
    'having one fewer system to run, monitor and upgrade has been worth far more than the few milliseconds we gave up per job.',
];
const mdCaption = 'Jobs per minute on the Postgres queue during the March billing run. The dip at 02:00 is the archive job.';
const mdTags = ['Postgres', 'Software Engineering', 'Queues', 'Backend', 'Startup Lessons'];
const mdMore = [
  'How we cut our CI time from 40 minutes to 9',
  'The boring database migration checklist we use for every release',
  'Feature flags without a vendor: a year in',
];
const mdRec = [
  'Stop using UUIDv4 as your primary key',
  'I replaced Kafka with a Postgres table. Here is what happened.',
  'The hidden cost of microservices nobody talks about',
  'Ten SQL habits of senior engineers',
];
const mdFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Terms', 'Text to speech', 'Teams'];
const mdP = (ps: readonly string[]): string =>
  ps
    .map(
      (p, i) => `<p id="${(i * 7919).toString(16)}a" class="pw-post-body-paragraph ut uu gu uv b uw ux uy uz va vb vc vd ve vf vg vh vi vj vk vl vm vn vo vp
vq fn bk" data-selectable-paragraph="">${p}</p>`,
    )
    .join('\n');
const mdH = (t: string): string =>
  `<h2 id="${t.length}f1c" class="vr vs gu bf vt vu vv vw vx vy vz wa wb wc wd we wf wg wh wi bk" data-selectable-paragraph="">${t}</h2>`;
const mdHtml = `<!doctype html>
<html lang="en"><head><title>${mdTitle} | by Priya Natarajan | Tidewater Engineering</title>
<meta name="description" content="${mdSub}"><meta property="og:site_name" content="Medium"><meta property="al:android:app_name" content="Medium">
<meta name="author" content="Priya Natarajan"><link rel="canonical" href="https://engineering.tidewater.example/we-moved-our-job-queue-3f0c2a9be114">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mdTitle}","datePublished":"2025-03-11T15:42:18.551Z",
"author":{"@type":"Person","name":"Priya Natarajan"},"publisher":{"@type":"Organization","name":"Tidewater Engineering"}}</script>
<style type="text/css" data-fela-rehydration="532">.ut{color:rgba(36,36,36,1)}.uv{font-family:source-serif-pro,Georgia,serif}</style></head>
<body><div id="root"><div class="a b c"><div class="l c"><div class="l m n o c">
<div class="ed ee ef eg eh l"><div class="ei l"><a href="https://rsci.app.link/?%24canonical_url=x" class="ej ek">Open in app</a></div></div>
<div class="em en eo ep eq"><a data-testid="publicationLogo" href="/">Tidewater Engineering</a><div class="er">
<a href="/m/signin?operation=register" class="ah">Sign up</a><a data-testid="headerSignInButton" href="/m/signin">Sign in</a></div></div>
<div class="fa fb"><a data-testid="headerWriteButton" href="/new-story">Write</a><input data-testid="headerSearchInput" placeholder="Search"></div>
</div><div class="l"><article><div class="l"><div class="l"><section><div><div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg fz ga gb gc">
<div><h1 id="c0a9" class="pw-post-title gu gv gw bf gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho bk" data-testid="storyTitle"
data-selectable-paragraph="">${mdTitle}</h1></div>
<div><h2 id="d2b7" class="pw-subtitle-paragraph hp hq hr bf b hs ht hu hv hw hx hy hz ia ib ic id ie cp dx" data-selectable-paragraph="">${mdSub}</h2></div>
<div class="speechify-ignore ab cp"><div class="ig ih ii ij ik ab"><div data-testid="authorPhoto">
<img alt="Priya Natarajan" src="https://miro.medium.example/v2/da:true/1*pn.jpeg"
width="44" height="44"></div><div class="bm bg l"><span class="bf b bg z bk"><a data-testid="authorName" href="/@priyanatarajan">Priya Natarajan</a></span>
<span> · </span><button class="bf b bg z jo">Follow</button></div>
<div class="bf b bg z dx"><span data-testid="storyReadTime">7 min read</span><span> · </span><span data-testid="storyPublishDate">Mar 11, 2025</span></div>
</div>
<div class="ab q kl km kn ko kp kq"><div class="pw-multi-vote-icon"><button data-testid="headerClapButton" aria-label="clap"></button></div>
<div class="pw-multi-vote-count"><p class="bf b dy z dx"><span>412</span></p></div>
<button aria-label="responses" class="ao kr"><p class="bf b dy z dx"><span class="pw-responses-count">6</span></p></button>
<button data-testid="headerBookmarkButton" aria-label="Add to list bookmark button"></button><button data-testid="audioPlayButton">Listen</button>
<button data-testid="headerSocialShareButton">Share</button></div></div></div></div></div>
<div class="ab ca"><div class="ch bg fz ga gb gc">
${mdP(mdBody1)}
${mdH(mdH1)}
${mdP(mdBody2)}
<figure class="wj wk wl wm wn wo wg wh paragraph-image"><div class="wg wh wi"><picture><img alt="" class="bg ly wp c" width="700" height="394"
src="https://miro.medium.example/v2/resize:fit:1400/1*jobs-per-minute.png"></picture></div>
<figcaption class="wq fe wr wg wh ws wt bf b bg z dx" data-selectable-paragraph="">${mdCaption}</figcaption></figure>
${mdH(mdH2)}
${mdP(mdBody3)}
${mdH(mdH3)}
${mdP(mdBody4)}
</div></div></div></section></div></div></article>
<div class="l"><div class="ab ca"><div class="ch bg fz ga gb gc"><div class="yb yc ab ih"><ul class="ab">${links(mdTags, 'yd')}</ul></div>
<div class="ab cp"><span class="pw-multi-vote-count">412</span><span class="pw-responses-count">6</span></div>
<div class="ab cp yf"><h2 class="bf b yg yh yi yj bk"><a href="/@priyanatarajan">Written by Priya Natarajan</a></h2>
<div class="yk"><a href="/@priyanatarajan/followers">1.2K Followers</a><span> · </span><span>Writer for <a href="/">Tidewater Engineering</a></span></div>
<p class="bf b dy z bk">Staff engineer at Tidewater. Databases, queues and the occasional sourdough loaf.</p><button>Follow</button></div>
<div class="yl ym"><p class="bf b fo z bk">Get an email whenever Priya Natarajan publishes.</p><button class="bf b bg z">Subscribe</button>
<p class="bf b dy z dx">By signing up, you will create a Medium account if you don’t already have one. Review our Privacy Policy for more information about
our privacy practices.</p></div>
<div class="ab zn"><h2 class="bf b dy z bk">More from Priya Natarajan and Tidewater Engineering</h2><ul>${links(mdMore, 'zo')}</ul>
<a href="/@priyanatarajan">See all from Priya Natarajan</a></div>
<div class="ab zn"><h2 class="bf b dy z bk">Recommended from Medium</h2><ul>${links(mdRec, 'zo')}</ul>
<a href="/tag/postgres">See more recommendations</a></div></div></div></div>
<footer class="ab zq"><ul>${links(mdFoot, 'zr')}</ul></footer></div></div></div></div>
<script>window.__APOLLO_STATE__={"Post:3f0c2a9be114":{"clapCount":412,"responsesCount":6,"readingTime":7.1}}</script>
<script src="https://cdn-client.medium.example/lite/static/js/main.e8a12f3c.js" async></script></body></html>`;
const medium: TestPage = {
  html: mdHtml,
  name: 'heldout17-medium-custom-domain',
  kind: 'blog',
  // the pw-subtitle-paragraph h2 under the title is the post's standfirst: body (not a heading); the three body h2s are
  // the headings; the author name and "Mar 11, 2025" are bylines, "7 min read" furniture; the figure caption, clap and
  // response counts (bare numbers, left out), Follow/Listen/Share, tags, the "Written by" card (follower count, writer
  // line, bio), the email box, "More from" and "Recommended" lists, metabar and footer are furniture; the tag "Postgres"
  // and the footer's "About" are words of the title or body: left out (the search box has only a placeholder)
  title: mdTitle,
  headings: [mdH1, mdH2, mdH3],
  body: [mdSub, ...texts(mdBody1), ...texts(mdBody2), ...texts(mdBody3), ...texts(mdBody4)],
  bylines: ['Priya Natarajan', 'Mar 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open in app', 'Tidewater Engineering', 'Sign up', 'Sign in', 'Write', 'Follow', '7 min read', 'Listen', 'Share', mdCaption,
    ...mdTags.filter((t) => t !== 'Postgres'), 'Written by Priya Natarajan', '1.2K Followers', 'Writer for Tidewater Engineering',
    'Staff engineer at Tidewater. Databases, queues and the occasional sourdough loaf.', 'Get an email whenever Priya Natarajan publishes.', 'Subscribe',
    'By signing up, you will create a Medium account if you don’t already have one. Review our Privacy Policy for more information about our ' +
      'privacy practices.',
    'More from Priya Natarajan and Tidewater Engineering', ...mdMore, 'See all from Priya Natarajan', 'Recommended from Medium', ...mdRec,
    'See more recommendations', ...mdFoot.filter((t) => t !== 'About'),
  ],
};

export const HELDOUT17_B: readonly TestPage[] = [medium, wordpress];
