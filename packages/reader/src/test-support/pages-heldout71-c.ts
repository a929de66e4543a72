import { type TestPage, texts } from './page-kit.js';
import { mkdocsPage } from './pages-heldout71-c2.js';

/**
 * Held-out batch 71, file c: a Medium article in a publication (top bar with "Write", "Sign up" and "Sign in", the
 * "Member-only story" label above the title, subtitle, author with "Follow", "Published in", read time and date, the clap,
 * responses, "Listen" and "Share" bar, body with a figure caption and a code block, tags, the second clap bar, the
 * "Written by" and "Published in" cards with follower counts and "Follow" buttons, "Responses", "More from" and
 * "Recommended from Medium" cards, the "Get unlimited access" upsell and the footer links), and (file c2) a MkDocs
 * Material docs page.
 */
const mdTitle = 'We replaced our cron jobs with a queue. Here’s what broke.';
const mdSub = 'Moving forty scheduled scripts onto a job queue took a weekend. Cleaning up after it took a month.';
const mdP = 'pw-post-body-paragraph oq or gu os b ot ou ov ow ox oy oz pa pb pc pd pe pf pg ph pi pj pk pl pm pn go bk';
const mdH = 'pw-section-heading po pp gu be pq pr ps pt pu pv pw px py pz qa qb qc qd qe qf qg qh qi qj qk bk';
const md1 = [
  'For six years, the back office of our small logistics company ran on cron. Forty-odd scripts on two servers sent invoices, ' +
    'pulled carrier rates, rebuilt search indexes and emailed a report to the warehouse every morning at six.',
  'It worked until it didn’t. When one of the two servers died in October, we discovered that nobody knew exactly which scripts ' +
    'lived on which machine. So we moved everything onto a job queue with a scheduler in front of it. The move itself took a ' +
    'weekend. Here is what went wrong in the month after.',
];
const mdH1 = '1. Jobs that assumed they were alone';
const md2 = [
  'Cron gave every script an unspoken guarantee: only one copy of it ran at a time, because it only ran on one machine. The queue ' +
    'made no such promise. With four workers, our invoice job started picking up the same batch twice whenever a run took longer ' +
    'than the schedule interval.',
  'The fix was a lock around each job, keyed on the job name, held in the same database the queue used. Every job that must not ' +
    'overlap now takes the lock first and exits quietly if it cannot get it.',
];
const mdH2 = '2. Time zones, again';
const md3 = [
  'Our crontab ran in local time, because the servers were set to local time. The new scheduler ran in UTC, and we converted ' +
    'every schedule by hand. We got thirty-nine of them right.',
  'The fortieth was the warehouse report, which arrived at five in the morning for three weeks after the clocks changed, until ' +
    'somebody asked why. We now store schedules with an explicit time zone and let the scheduler do the conversion.',
];
const mdH3 = '3. Failures that used to be loud';
const md4 = [
  'When a cron job failed, it emailed its output to a shared inbox. People complained about the noise, but they also noticed ' +
    'problems. The queue retried failed jobs quietly, three times, and then parked them in a dead-letter list that nobody looked at.',
  'We found a carrier-rate job that had failed every night for nine days. Now, anything that lands in the dead-letter list posts a ' +
    'message in the team channel, and the retry count is set per job instead of globally.',
];
const mdH4 = 'What I would do differently';
const md5 = ['If I did this again, I would write down three things for every job before moving it:'];
const mdList = [
  'whether it is safe to run twice at the same time,',
  'which time zone its schedule really means, and',
  'who should hear about it when it fails.',
];
const md6 = [
  'None of these are queue problems. They are assumptions that cron had been making for us for years, and the move simply made ' +
    'them visible. That is probably the best argument for doing it.',
];
const mdCap = 'The old crontab, printed and pinned to the wall during the migration. Photo by the author.';
const mdTags = ['Software Engineering', 'DevOps', 'Cron', 'Job Queue', 'Backend'];
const mdMore = ['The boring database migration that saved our busiest week', 'Why our on-call rota finally works', 'Stop writing clever shell scripts'];
const mdRec = ['Ten lessons from running Postgres at a small company', 'I deleted half our microservices and nothing happened', 'The queue is not the problem'];
const mdFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mdUpsell = 'Get unlimited access to the best of Medium for less than $1/week.';
const clapBar = (where: string): string => `<div class="ab cp qw qx"><div class="pw-multi-vote-icon ed ic qy qz">
<button data-testid="${where}ClapButton" aria-label="clap" class="ra rb"></button></div>
<div class="pw-multi-vote-count l rc rd re rf rg rh ri"><p class="be b dz z dy"><button class="bf b">1.4K</button></p></div>
<button aria-label="responses" class="bf b rj rk"><span class="pw-responses-count rl rm">26</span></button>
${where === 'header' ? '<button aria-label="Listen" data-testid="audioPlayButton" class="ab rn"><p class="be b dz z dy">Listen</p></button>' : ''}
<button aria-label="Share Post" data-testid="${where}SocialShareButton" class="ab ro"><p class="be b dz z dy">Share</p></button></div>`;
const p = (t: string): string => `<p id="${t.length.toString(16)}a" class="${mdP}" data-selectable-paragraph="">${t}</p>`;
const h = (t: string): string => `<h2 id="${t.length.toString(16)}h" class="${mdH}" data-selectable-paragraph="">${t}</h2>`;
const card = (t: string, i: number): string => `<div class="rt ru l" data-testid="recirc-card"><div class="ab q"><p class="be b du z dy">Member-only</p></div>
<a href="/p/${i}a2b3c?source=post_page"><h2 class="be fn sk sl">${t}</h2></a><div class="ab q"><span class="be b du z dy">${6 + i} min read</span>
<span>·</span><span>${['Jan 12', 'Feb 2', 'Feb 20'][i]}</span></div></div>`;
const mdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${mdTitle} | by Tobias Lindgren | The Steady Engineer | Mar, 2025 | Medium</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"><meta name="description" content="${mdSub}">
<meta property="og:type" content="article"><meta property="article:author" content="https://medium.com/@tobiaslindgren">
<meta name="author" content="Tobias Lindgren"><meta property="article:published_time" content="2025-03-03T09:14:22.108Z">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mdTitle}","datePublished":"2025-03-03T09:14:22.108Z",
"author":{"@type":"Person","name":"Tobias Lindgren"},"publisher":{"@type":"Organization","name":"The Steady Engineer"},"isAccessibleForFree":"False"}</script>
<style type="text/css" data-fela-rehydration="550" data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l c">
<div class="ab ci cj ck cl cm cn"><div class="ab q cv"><a aria-label="Homepage" data-testid="headerMediumLogo" href="/?source=post_page"><svg></svg></a>
<div class="ab cw"><div class="bm bn bo ab q"><input role="combobox" placeholder="Search" data-testid="headerSearchInput" class="ax ef"></div></div></div>
<div class="ab q fa"><a href="/new-story" data-testid="headerWriteButton" class="fb"><div class="be b bf z bg">Write</div></a>
<a href="/m/signin?operation=register" class="be b bf z fc"><span>Sign up</span></a>
<a href="/m/signin?operation=login" data-testid="headerSignInButton" class="be b bf z fd"><span>Sign in</span></a></div></div>
<article><div class="l"><div class="l"><section><div><div class="gn go gp gq gr"></div><div class="gs gt gu gv gw"><div class="ab cb">
<div class="ci bh gx gy gz ha"><div class="hb hc"><div class="ab q"><svg width="16" height="16" class="hd"></svg>
<p class="be b bf z dy">Member-only story</p></div></div>
<div><h1 id="5d1c" class="pw-post-title he hf gu be hg hh hi hj hk hl" data-testid="storyTitle" data-selectable-paragraph="">${mdTitle}</h1></div>
<div><h2 id="0b3e" class="pw-subtitle-paragraph hm hf gu be b hn ho hp" data-selectable-paragraph="">${mdSub}</h2></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="hx hy hz ia ib ab"><div class="ab q ic">
<a href="/@tobiaslindgren?source=post_page" data-testid="authorPhoto"><img alt="Tobias Lindgren" class="l ey by bz ca cx"
src="https://miro.medium.com/v2/1*a.jpeg"></a>
<a href="/steady-engineer?source=post_page" data-testid="publicationPhoto"><img alt="The Steady Engineer" src="https://miro.medium.com/v2/1*b.png"></a>
<div class="ab ie"><div data-testid="authorName"><a class="ag ah ai aj ak" href="/@tobiaslindgren?source=post_page">Tobias Lindgren</a></div>
<span class="if ig" aria-hidden="true"><span class="be b bf z dy">·</span></span><button class="be b bf z ih ii">Follow</button></div>
<div class="ab ie"><span class="be b bf z dy">Published in</span> <a data-testid="publicationName" href="/steady-engineer?source=post_page">
<p class="be b bf z ij">The Steady Engineer</p></a></div>
<div class="ab ik"><span data-testid="storyReadTime">7 min read</span><span class="if ig" aria-hidden="true">·</span>
<span data-testid="storyPublishDate">Mar 3, 2025</span></div></div></div></div>
${clapBar('header')}</div>
${md1.map(p).join('\n')}
${h(mdH1)}
${md2.map(p).join('\n')}
<figure class="qm qn qo qp qq qr"><div class="qs qt"><picture><img alt="" class="bh md qu c" width="700" height="467" loading="eager"
src="https://miro.medium.com/v2/resize:fit:1400/1*crontab.jpeg"></picture></div>
<figcaption class="qv ff qw qm qn qx qy be b bf z dy" data-selectable-paragraph="">${mdCap}</figcaption></figure>
<pre class="re rf rg rh ri rj"><span id="7a2f" class="rk nj gu rl b rm rn ro l rp" data-code-block-mode="2" spellcheck="false"
data-code-block-lang="python">with job_lock(<span class="hljs-string">"send-invoices"</span>) as got_it:
    <span class="hljs-keyword">if</span> not got_it:
        <span class="hljs-keyword">return</span>
    send_pending_invoices()</span></pre>
${h(mdH2)}
${md3.map(p).join('\n')}
${h(mdH3)}
${md4.map(p).join('\n')}
${h(mdH4)}
${md5.map(p).join('\n')}
<ul class="">${mdList.map((t, i) => `<li id="${i}c1" class="${mdP} sb sc sd bk" data-selectable-paragraph="">${t}</li>`).join('\n')}</ul>
${md6.map(p).join('\n')}
</div></div></div></div></section></div></div></article>
<div class="l ab"><div class="ab cb"><div class="ci bh gx gy gz ha"><div class="sj ab jz">${mdTags
  .map((t) => `<div class="sk sl sm"><a href="/tag/${t.toLowerCase().replace(/ /g, '-')}?source=post_page"><div class="bf ef sn so">${t}</div></a></div>`)
  .join('')}</div>
${clapBar('footer')}</div></div></div>
<div class="sp sq"><div class="ab cb"><div class="ci bh gx gy gz ha"><div class="ab co">
<h2 class="be sr ss st"><span class="dy">Written by </span><a href="/@tobiaslindgren">Tobias Lindgren</a></h2>
<div class="ab q"><span class="be b bf z dy">2.3K followers</span><span>·</span><span class="be b bf z dy">Writer for The Steady Engineer</span></div>
<p class="be b bf z su">Backend engineer at a logistics company. I write about boring systems that keep working.</p>
<button class="be b bf z ih ii">Follow</button></div>
<div class="ab co"><h2 class="be sr ss st"><span class="dy">Published in </span><a href="/steady-engineer">The Steady Engineer</a></h2>
<div class="ab q"><span class="be b bf z dy">18K followers</span><span>·</span><span class="be b bf z dy">Last published 2 days ago</span></div>
<p class="be b bf z su">Practical stories about building and running software in small teams.</p><button class="be b bf z ih ii">Follow</button></div>
</div></div></div>
<div class="sv sw"><h2 class="be sr ss st">Responses (26)</h2><div class="ab"><div class="sx sy" role="textbox">What are your thoughts?</div></div>
<button class="be b bf z sz">See all responses</button></div>
<div class="ta tb"><h2 class="be sr ss st">More from Tobias Lindgren and The Steady Engineer</h2>${mdMore.map(card).join('\n')}
<h2 class="be sr ss st">Recommended from Medium</h2>${mdRec.map(card).join('\n')}
<a href="/?source=post_page" class="be b bf z tc">See more recommendations</a></div>
<div class="td te" data-testid="upsellBanner"><p class="be b bf z">${mdUpsell}</p><a href="/plans?source=upgrade_membership"
class="tf">Become a member</a></div>
<div class="tg th"><div class="ab q ti">${mdFoot
  .map(
    (t) => `<a href="https://help.medium.com/${t.toLowerCase()}" class="tj"><p
class="be b du z dy">${t}</p></a>`,
  )
  .join('')}
</div></div></div></div></div></div>
<script>window.__BUILD_ID__="main-20250303-181101-6f2b1d3a9e"</script><script
src="https://cdn-client.medium.com/lite/static/js/main.4a1bde2c.js" async></script>
</body></html>`;
const medium: TestPage = {
  html: mdHtml,
  name: 'heldout71-medium-publication-blog',
  kind: 'blog',
  // the subtitle is body; the code block is in neither list; the member label, the clap and response counts (twice),
  // "Listen", "Share", "Follow" (three times), the caption, tags, the author and publication cards, the recirculation cards
  // with their labels, read times and dates, the upsell and footer links are furniture (the footer's "About" is a body word: left out)
  title: mdTitle,
  headings: [mdH1, mdH2, mdH3, mdH4],
  body: [mdSub, ...texts(md1), ...texts(md2), ...texts(md3), ...texts(md4), ...texts(md5), ...mdList, ...texts(md6)],
  bylines: ['Tobias Lindgren', '7 min read', 'Mar 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', 'Write', 'Sign up', 'Sign in', 'Member-only story', 'Follow', 'Published in', 'The Steady Engineer', '1.4K', '26', 'Listen', 'Share',
    mdCap, ...mdTags, 'Written by', '2.3K followers', 'Writer for The Steady Engineer',
    'Backend engineer at a logistics company. I write about boring systems that keep working.', '18K followers', 'Last published 2 days ago',
    'Practical stories about building and running software in small teams.', 'Responses (26)', 'What are your thoughts?', 'See all responses',
    'More from Tobias Lindgren and The Steady Engineer', ...mdMore, 'Recommended from Medium', ...mdRec, 'Member-only', '6 min read', '8 min read',
    'Jan 12', 'Feb 2', 'Feb 20', 'See more recommendations', mdUpsell, 'Become a member', ...mdFoot.filter((t) => t !== 'About'),
  ],
};

export const HELDOUT71_C: readonly TestPage[] = [medium, mkdocsPage];
