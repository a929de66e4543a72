import { links, type TestPage, texts } from './page-kit.js';
import { hugoPost } from './pages-heldout106-c2.js';

/**
 * Held-out batch 106, file c: a Medium member-only post in a publication as a signed-out reader saves it (the top bar with
 * "Open in app", "Sign up", "Sign in", "Write" and search, the "Member-only story" label, title and subtitle, the author row
 * with "Follow", publication line, read time and date, the clap / response / bookmark / listen / share bar, body paragraphs
 * with obfuscated classes, h2 sections, a code block and a figure, the tag pills, the bottom bar again, "Written by" with
 * follower counts, responses, "More from" and "Recommended from Medium" cards, and the footer) and, from file c2, a Hugo
 * personal blog post.
 */
const mdTitle = 'We replaced twelve cron jobs with one queue table, and nobody noticed';
const mdSub = 'A boring Postgres pattern that made our background work visible again';
const mdP1 = [
  'For six years our background work ran on cron. A nightly invoice run, an hourly sync with the warehouse, a job that cleaned up ' +
    'expired sessions, another that sent reminder emails. By last spring there were twelve of them, spread over three servers, and ' +
    'nobody on the team could say with confidence which ones were still needed.',
  'We did not want a new piece of infrastructure. We already ran Postgres, we knew how to back it up, and we knew how it failed. So we ' +
    'moved everything into a single table and a small worker, and it has been the least eventful migration I have ever been part of.',
];
const mdH1 = 'The table';
const mdP2 = [
  'The whole design is one table. Each row is a job: what to run, when it is due, how many times it has been tried, and who ' + 'is working on it.',
];
const mdCode = `CREATE TABLE jobs (
  id          bigserial PRIMARY KEY,
  kind        text NOT NULL,
  run_at      timestamptz NOT NULL DEFAULT now(),
  attempts    int NOT NULL DEFAULT 0,
  locked_by   text,
  locked_at   timestamptz
);`;
const mdP3 = [
  'Workers claim jobs with <code class="cw of og oh oi b">SELECT … FOR UPDATE SKIP LOCKED</code>, which lets several of them poll the same ' +
    'table without stepping on each other. A job that fails is pushed back with an exponential delay. After five attempts it stays in the ' +
    'table with an error message and waits for a human.',
];
const mdH2 = 'What got better';
const mdP4 = [
  'The first thing we noticed was that we could see our work. A single query tells us what is due, what is running and what has failed. ' +
    'Under cron, a failed job was a line in a log file on one of three machines.',
  'The second was that recurring jobs became ordinary data. When the invoice run finishes, it inserts tomorrow’s invoice run. Changing ' +
    'a schedule is an update to a row, reviewed like any other change, instead of an edit to a crontab on a server someone has to log in to.',
  'Finally, we deleted four of the twelve jobs. Once they were rows in a table with a “last succeeded” column, it was obvious that ' +
    'nothing depended on them.',
];
const mdH3 = 'What we would do differently';
const mdP5 = [
  'We underestimated how many rows completed jobs would leave behind. We now move finished jobs to an archive table every night and ' +
    'drop archive partitions after ninety days.',
  'We also should have added a per-kind concurrency limit from the start. The week the warehouse sync and the invoice run both ' +
    'decided to retry at once was not our finest.',
  'None of this is new. Plenty of libraries do it for you, and if you already run a proper queue you should keep it. But if your ' +
    'background work is a pile of cron jobs and you already have Postgres, one table might be all you need.',
];
const mdCaption = 'Jobs due, running and failed over a week, straight from the table.';
const mdTags = ['Postgres', 'Software Engineering', 'Backend', 'Cron', 'Queue'];
const mdBio = 'Staff engineer at Lumen Ledger. I write about boring infrastructure that works.';
const mdMore = ['The migration checklist we actually use', 'Why our on-call rota has no heroes', 'Feature flags are a database, treat them like one'];
const mdRec = ['Postgres is enough for almost everything', 'I stopped using ORMs and my queries got faster', 'Ten lessons from a year of platform work'];
const mdFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mdResp = 'Great write-up. We did the same with SKIP LOCKED and the biggest win was exactly the visibility.';
const mdPs = (a: readonly string[]): string =>
  a
    .map(
      (t, i) => `<p id="p${i}${t.length}" class="pw-post-body-paragraph ni nj fs nk b nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of
fl bm"
data-selectable-paragraph="">${t}</p>`,
    )
    .join('\n');
const mdH = (t: string): string => `<h2 id="h${t.length}" class="ow ox fs bf oy oz pa pb pc pd pe pf pg ph pi pj pk pl pm pn po pp pq pr ps pt pu bk"
data-selectable-paragraph="">${t}</h2>`;
const mdBar = `<div class="cl cm cn co cp"><div class="ab q lo lp"><div class="pw-multi-vote-icon fi jp lq lr ls"><button
data-testid="headerClapButton"
class="lt ao lu lv lw lx">Clap</button></div><div class="pw-multi-vote-count lq lr ls"><p class="bf b dy z dx"><span
class="ly">--</span></p></div></div>
<div class="ab q mb mc"><button aria-label="responses" class="af fk ah ai aj ak al me an ao ap aq ar as at md"><span class="pw-responses-count mf
mg">4</span>
</button></div><div class="ab q"><button aria-label="Add to list bookmark button" class="af fk ah">Save</button>
<button aria-label="Listen" data-testid="audioPlayButton" class="af fk ah"><p class="bf b bg z dx">Listen</p></button>
<button aria-controls="postFooterSocialMenu" data-testid="headerSocialShareButton" class="af fk ah"><p class="bf b bg z
dx">Share</p></button></div></div>`;
const mdHtml = `<!doctype html><html lang="en"><head><title>We replaced twelve cron jobs with one queue table, and nobody noticed | by Priya Raman |
Oct, 2025 |
Lumen Engineering</title><meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport"
content="width=device-width,minimum-scale=1,initial-scale=1">
<meta data-rh="true" property="og:title" content="${mdTitle}"><meta data-rh="true" property="og:description" content="${mdSub}">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" name="author" content="Priya Raman">
<meta data-rh="true" property="article:published_time" content="2025-10-28T14:31:02.551Z"><meta data-rh="true" name="robots"
content="index,noarchive,follow">
<link data-rh="true" rel="canonical" href="https://medium.example/lumen-engineering/we-replaced-twelve-cron-jobs-3f2a9c1b7e04">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mdTitle}",
"datePublished":"2025-10-28T14:31:02.551Z","author":{"@type":"Person","name":"Priya Raman"},"publisher":{"@type":"Organization","name":"Lumen
Engineering"},
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".meteredContent"}}</script>
<style type="text/css" data-fela-rehydration="611"
data-fela-type="RULE">.a{font-family:medium-content-sans-serif-font}.b{font-weight:400}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l"><div class="m n o"><div class="p q r s t u v w x y">
<div class="ab ac"><a data-testid="openInAppButton" class="ag ah" href="https://rsci.app.link/?%24canonical_url=x" rel="noopener">Open in
app</a></div>
<div class="ab q ae"><div class="ab q"><a aria-label="Homepage" data-testid="headerMediumLogo"
href="https://medium.example/?source=post_page---top_nav"><svg
viewBox="0 0 1043.63 592.71"></svg></a><div class="bo bp bq"><input role="combobox" aria-controls="search-results" placeholder="Search"
data-testid="headerSearchInput"></div></div>
<div class="ab q"><a data-testid="headerWriteButton" href="https://medium.example/m/signin?operation=register&amp;redirect=new-story"><span class="bf
b bg z">Write</span></a>
<a data-testid="headerSignUpButton" class="bf b bg z" href="https://medium.example/m/signin?operation=register">Sign up</a>
<a data-testid="headerSignInButton" class="bf b bg z" href="https://medium.example/m/signin?operation=login">Sign in</a></div></div></div></div></div>
<div class="l"><div class="eb ec ed ee ef l"><article class="meteredContent"><div class="l"><div class="l"><section><div><div class="fn fo fp fq
fr"></div>
<div class="ga gb gc"><div class="ab ca"><div class="ch bg gd ge gf gg"><div class="gh gi"><div class="ab q"><svg width="16" height="16"></svg>
<p class="bf b bg z dx">Member-only story</p></div></div>
<div><h1 id="b6d1" class="pw-post-title gs gt fs bf gu gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr hs ht hu bk"
data-testid="storyTitle" data-selectable-paragraph="">${mdTitle}</h1></div>
<div><h2 id="0e31" class="pw-subtitle-paragraph hv gt fs bf b hw hx hy hz ia ib ic id ie if ig ih ii ij ik il im cq dx"
data-selectable-paragraph="">${mdSub}</h2></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="in io ip iq ir ab"><div><div class="ab is"><div><div class="bm"
aria-hidden="false"><a href="/@priyaraman?source=post_page---byline"><div class="l it iu by iv iw"><img alt="Priya Raman" class="l ep by dd de cx"
src="https://miro.medium.example/v2/resize:fill:64:64/1*avatar.jpeg" width="32" height="32" loading="lazy"
data-testid="authorPhoto"></div></a></div></div></div></div>
<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="jb ab q"><div class="ab q jc"><div class="ab
q"><div><div class="bm"
aria-hidden="false"><p class="bf b jd je bk"><a class="af ag ah ai aj ak al am an ao ap aq ar jf" data-testid="authorName"
href="/@priyaraman?source=post_page---byline">Priya Raman</a></p></div></div></div><span class="jg jh" aria-hidden="true"><span class="bf b bg z
dx">·</span></span>
<p class="bf b jd je dx"><button class="ji jj ah ai aj ak al am an ao ap aq ar jk jl jm"
disabled="">Follow</button></p></div></div></span></div></div>
<div class="l jn"><span class="bf b bg z dx"><div class="ab cn jo jp jq"><div class="jr js ab"><div class="bf b bg z dx ab jt">
<span class="ju l jn">Published in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar jf ab q"
data-testid="publicationName" href="https://medium.example/lumen-engineering"><p class="bf b bg z jv jw jx jy jz ka kb kc bk">Lumen
Engineering</p></a></div></div>
</div><div class="h k"><span class="jg jh" aria-hidden="true">·</span></div></div><span class="bf b bg z dx"><div class="ab ae"><span
data-testid="storyReadTime">6 min read</span>
<div class="kd ke l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div>
<span data-testid="storyPublishDate">Oct 28, 2025</span></div></span></div></span></div></div></div>
<div class="ab cp kf kg kh ki kj kk kl km kn ko kp kq kr ks kt ku">${mdBar}</div></div></div></div></div>
${mdPs(mdP1)}
${mdH(mdH1)}
${mdPs(mdP2)}
<pre class="ph pi pj pk pl ql qm qn bp qo bb bk"><span id="c0de" class="qp ow fs qm b bg qq qr l qs qt" data-code-block-mode="1" spellcheck="false"
data-code-block-lang="sql">${mdCode}</span></pre>
${mdPs(mdP3)}
${mdH(mdH2)}
${mdPs(mdP4)}
<figure class="qz ra rb rc rd re qw qx paragraph-image"><div role="button" tabindex="0" class="rf rg fj rh bh ri"><div class="qw qx qy"><picture>
<img alt="" class="bh lk rj c" width="700" height="394" loading="eager" role="presentation"
src="https://miro.medium.example/v2/resize:fit:700/1*chart.png">
</picture></div></div><figcaption class="rk ff rl qw qx rm rn bf b bg z dx" data-selectable-paragraph="">${mdCaption}</figcaption></figure>
${mdH(mdH3)}
${mdPs(mdP5)}
</div></div></section></div></div></article></div>
<div class="ab ca"><div class="ch bg gd ge gf gg"><div class="su sv ab jo"><div class="sw ab"><ul class="ab">${links(mdTags, 'sx')}</ul></div></div>
<div class="ab cp">${mdBar}</div></div></div>
<div class="l"><div class="ab ca"><div class="ch bg gd ge gf gg"><div class="ab cn"><h2 class="bf fs tw tx ty tz ua ub uc ud ue uf ug uh ui uj uk ul
bk">
<a href="/@priyaraman">Written by Priya Raman</a></h2><div class="ab q"><span class="pw-follower-count bf b bg z bk"><a
href="/@priyaraman/followers">1.2K followers</a></span>
<span class="bf b bg z dx">·</span><a href="/@priyaraman/following">48 following</a></div><div class="um l"><p class="bf b bg z bk"><span
class="lh">${mdBio}</span></p></div>
<button class="bf b bg z bk">Follow</button></div></div></div></div>
<div class="ab ca"><div class="ch bg gd ge gf gg"><div class="l"><h2 class="bf fs vk">Responses (4)</h2><div class="vl l"><p class="bf b bg z">What
are your thoughts?</p></div>
<div class="vm"><div class="l"><p class="bf b bg z bk"><a href="/@tomasek">Jan Tomasek</a></p><p class="bf b bg z dx"><a href="/@tomasek/c0ffee">Oct
30, 2025</a></p>
<pre class="vn">${mdResp}</pre><div class="ab"><button class="bf b bg z dx">Reply</button></div></div></div>
<button class="bf b bg z bk">See all responses</button></div></div></div>
<div class="l"><div class="ab ca"><div class="ch bg gd ge gf gg"><h2 class="bf fs">More from Priya Raman and Lumen Engineering</h2>
${mdMore.map((t) => `<div class="wd"><a href="/lumen-engineering/x"><h2 class="bf fs we">${t}</h2></a></div>`).join('\n')}
<h2 class="bf fs">Recommended from Medium</h2>${mdRec
  .map(
    (t) => `<div class="wd"><a href="/@x/y"><h2 class="bf fs
we">${t}</h2></a></div>`,
  )
  .join('\n')}
<a href="/?source=post_page---read_next_recirc" class="bf b bg z">See more recommendations</a></div></div></div>
<div class="l"><div class="ab ca"><div class="ch bg gd ge gf gg"><ul class="ab q">${links(mdFoot, 'xe')}</ul></div></div></div></div></div>
<script>window.__BUILD_ID__="main-20251027-181122-9b1e0"</script><script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{"__typename":"Query"}}</script>
<script src="https://cdn-client.medium.example/lite/static/js/main.e3b1c6a2.js" async></script></body></html>`;
const medium: TestPage = {
  html: mdHtml,
  name: 'heldout106-medium-post',
  kind: 'blog',
  // the subtitle is body; the inline code span stays inside its paragraph; the SQL block is in neither list; the
  // "Member-only story" label, publication line, bars, tags, the author box, responses, cards and footer are furniture
  title: mdTitle,
  headings: [mdH1, mdH2, mdH3],
  body: [mdSub, ...mdP1, ...mdP2, ...texts(mdP3), ...mdP4, ...mdP5],
  bylines: ['Priya Raman', '6 min read', 'Oct 28, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Open in app', 'Write', 'Sign up', 'Sign in', 'Member-only story', 'Follow', 'Published in', 'Lumen Engineering', 'Clap', '--', '4', 'Save',
    'Listen', 'Share', mdCaption, ...mdTags, 'Written by Priya Raman', '1.2K followers', '48 following', mdBio, 'Responses (4)',
'What are your thoughts?',
    'Jan Tomasek', 'Oct 30, 2025', mdResp, 'Reply', 'See all responses', 'More from Priya Raman and Lumen Engineering', ...mdMore,
'Recommended from Medium',
    ...mdRec, 'See more recommendations', ...mdFoot,
  ])],
};

export const HELDOUT106_C: readonly TestPage[] = [medium, hugoPost];
