import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 68, file b2: a Medium post in a publication, as the 2025 app renders it (top bar with search, "Write" and
 * sign-in, "Member-only story" label, title and subtitle, author row with follow button, publication, read time and date, the
 * clap and response counts, bookmark, listen and share buttons twice, atomic class names and data-selectable-paragraph on
 * every block, a figure with caption, a code block, tags, the "Written by" and publication cards, three responses, "More from"
 * and "Recommended from Medium" cards and the footer links).
 */
const mdTitle = 'We Replaced Our Cron Jobs With a Queue. Here’s What Broke.';
const mdSub = 'Three failures nobody warned us about, and the boring fixes that worked.';
const mdIntro = [
  'For six years, the billing system at my company ran on cron. Forty-one jobs, one server, and a crontab that nobody fully ' +
    'understood. It worked, mostly, until the night the server rebooted during a kernel update and three invoicing jobs silently ' +
    'never ran.',
  'That was the push we needed. Over one quarter we moved every scheduled job onto a message queue with a small pool of workers. ' +
    'The migration itself went fine. The surprises came afterwards.',
];
const mdH = ['The setup', 'Jobs that ran twice', 'The retry storm', 'Nobody noticed the queue was full', 'What I’d do differently'];
const mdSetup = [
  'The new design was simple on paper. A scheduler process publishes a message for each job when it is due. Workers pull ' +
    'messages, run the job, and acknowledge the message when they are done. If a worker dies halfway through, the message ' +
    'becomes visible again and another worker picks it up.',
  'That last property is the whole point of a queue, and it is also where our first problem came from.',
];
const mdTwice = [
  'Cron gave us an accidental guarantee: a job ran on one machine, so it could never run twice at the same time. The queue gave ' +
    'us the opposite. When a job took longer than the visibility timeout, the message reappeared and a second worker started the ' +
    'same job while the first was still running.',
  'We found out when 212 customers received two copies of the same invoice. The fix was to make every job idempotent, which in ' +
    'practice meant writing a row to a <code class="cw qg qh qi qj b">job_runs</code> table before doing anything else:',
];
const mdCode = `<span class="hljs-keyword">INSERT INTO</span> job_runs (job_name, run_date, started_at)
<span class="hljs-keyword">VALUES</span> (<span class="hljs-string">'send_invoices'</span>, <span class="hljs-built_in">CURRENT_DATE</span>, now())
<span class="hljs-keyword">ON</span> CONFLICT (job_name, run_date) DO NOTHING
<span class="hljs-keyword">RETURNING</span> id;`;
const mdAfterCode = ['If the insert returns nothing, another worker already owns today’s run and the job exits.'];
const mdStorm = [
  'Our second problem was retries. We had configured five retries with no delay, because that was the default in the library we ' +
    'used. When our payment provider had a twenty-minute outage, every failing job retried immediately, failed again, and retried ' +
    'again, until the provider’s rate limiter started rejecting our healthy requests too.',
  'We now use exponential backoff with jitter, and we cap the total number of attempts per hour rather than per message.',
];
const mdFull = [
  'With cron, a job that did not run left an obvious gap in the logs. With a queue, a backlog looks like nothing at all. One ' +
    'Monday morning we discovered that a slow reporting job had been holding two of our four workers for most of the weekend, and ' +
    'about 9,000 messages were waiting behind it.',
  'We added three alerts that have paid for themselves many times over:',
];
const mdAlerts = [
  'the age of the oldest message in each queue, not just the queue length;',
  'the number of messages moved to the dead-letter queue in the last hour;',
  'any job that has not completed successfully within twice its usual interval.',
];
const mdEnd = [
  'I would still make the move. The queue has made our jobs easier to scale and far easier to observe. But I would start by ' +
    'writing down every guarantee the old system gave us by accident, because those are exactly the ones the new system will ' +
    'quietly take away.',
];
const mdCaption = 'Our job pipeline after the migration (diagram by the author)';
const mdTags = ['Software Engineering', 'Backend', 'Distributed Systems', 'Message Queue', 'Lessons Learned'];
const mdBio = 'Staff engineer in Lisbon. I write about the unglamorous parts of backend systems.';
const mdPubBio = 'Practical writing on APIs, databases and the systems behind them.';
const mdResp: [string, string, string, string, string][] = [
  ['Dmitri Volkov', 'Oct 2, 2025', 'We hit the exact same double-invoice bug. The job_runs table trick saved us too.', '42', '1 reply'],
  ['Hannah Oduya', 'Oct 3, 2025', 'Great write-up. Did you look at using the queue’s built-in deduplication instead?', '17', '2 replies'],
  ['marco.dev', 'Oct 5, 2025', 'The alert on the oldest message age is so underrated. Queue length alone lies to you.', '9', ''],
];
const mdMore = [
  'Postgres Advisory Locks Are the Best Tool You Aren’t Using',
  'How We Cut Our API’s p99 Latency in Half Without New Hardware',
  'The Case for Boring Technology, Five Years Later',
];
const mdRec = ['Stop Using UUIDs as Primary Keys (Maybe)', 'I Read 50 Postmortems. Here Are the 7 Patterns I Keep Seeing.'];
const mdFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const sel = 'data-selectable-paragraph=""';
const mdP = (t: string, id: string): string => `<p id="${id}" class="pw-post-body-paragraph ng nh hs ni b nj nk nl nm nn no np nq bk" ${sel}>${t}</p>`;
const mdHd = (t: string, id: string): string => `<h2 id="${id}" class="qk ql hs bf qm qn qo qp qq qr qs qt qu qv qw qx bk" ${sel}>${t}</h2>`;
const mdPs = (ps: readonly string[], k: string): string => ps.map((t, i) => mdP(t, `${k}${i}f3`)).join('\n');
const clapBar = (n: number): string => `<div class="ab q oi oj"><div class="pw-multi-vote-icon ed"><button data-testid="headerClapButton" aria-label="clap">
</button></div><div class="pw-multi-vote-count l"><p class="bf b dz z dy"><button class="af ag ah ai">1.4K</button></p></div>
<button class="ab q" aria-label="responses"><p class="bf b dz z dy"><span class="pw-responses-count ok ol">23</span></p></button>
<button aria-label="Add to list bookmark button" data-testid="${n === 0 ? 'header' : 'footer'}BookmarkButton"><svg></svg></button>${
  n === 0 ? '<button data-testid="audioPlayButton"><p class="bf b dz z dy">Listen</p></button>' : ''
}<button data-testid="${n === 0 ? 'header' : 'footer'}SocialShareButton"><p class="bf b dz z dy">Share</p></button></div>`;
const mdHtml = `<!doctype html><html lang="en"><head><title>${mdTitle} | by Priya Raman | Sep, 2025 | Better Backend</title>
<meta name="description" content="${mdSub}"><meta property="og:type" content="article"><meta name="author" content="Priya Raman">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mdTitle}","author":{"@type":"Person",
"name":"Priya Raman"},"datePublished":"2025-09-30T08:12:44.120Z","isAccessibleForFree":"False"}</script>
<style type="text/css" data-fela-rehydration="612" data-fela-type="RULE">.a{font-family:medium-content-sans-serif-font}.b{font-weight:400}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"><div class="l m n o p q r"><div class="bh bi bj"><div class="bk cq cr"
role="banner"><a href="/" aria-label="Homepage"><svg viewBox="0 0 1043.63 592.71"></svg></a><div class="ab q"><input role="combobox"
placeholder="Search" data-testid="headerSearchInput"></div><a href="/new-story" data-testid="headerWriteButton"><span>Write</span></a>
<span><a href="/m/signin?operation=register" data-testid="headerSignUpButton">Sign up</a></span><span><a href="/m/signin"
data-testid="headerSignInButton">Sign in</a></span></div></div>
<div class="ab cb"><a href="https://rsci.app.link/?%24canonical_url=https%3A%2F%2Fmedium.com" rel="noopener follow">Open in app</a></div>
<article><div class="l"><section><div><div class="gn go gp gq gr"></div><div class="hd he hf hg hh"><div class="ab cb"><div class="ci bh ev ew ex ey">
<div class="speechify-ignore ab cp"><div class="hi hj hk hl hm ab"><p class="bf b hn ho bk"><span class="hp">Member-only story</span></p></div></div>
<h1 id="6c41" class="pw-post-title hq hr hs bf ht hu hv hw hx hy hz ia ib ic id bk" data-testid="storyTitle" ${sel}>${mdTitle}</h1>
<h2 id="a0d7" class="pw-subtitle-paragraph ie if ig bf b ih ii ij ik il im in io ip iq dy" ${sel}>${mdSub}</h2>
<div class="speechify-ignore ab cp"><div class="ir is it iu iv ab"><div data-testid="authorPhoto"><img alt="Priya Raman" src="/1*pr.jpeg"
width="44" height="44"></div><div class="bn bh l"><div class="ab"><span data-testid="authorName"><a class="af ag ah ai" href="/@priyaraman">Priya
Raman</a></span><span class="ju jv">·</span><button class="bf b bg z jr ln">Follow</button></div><div class="ab q">
<span class="bf b bg z dy">Published in</span> <a data-testid="publicationName" href="/better-backend"><p class="bf b bg z jx">Better Backend</p></a>
<span class="ju jv">·</span><span data-testid="storyReadTime">7 min read</span><span class="ju jv">·</span>
<span data-testid="storyPublishDate">Sep 30, 2025</span></div></div></div>
${clapBar(0)}</div>
${mdPs(mdIntro, 'a')}
<figure class="pa pb pc pd pe pf ox oy paragraph-image"><div role="button" class="pg ph fk pi bh pj"><picture><source type="image/webp"
srcset="https://miro.medium.example/v2/resize:fit:640/format:webp/1*q9.png"><img alt="" class="bh lp pk c" width="700" height="394"
loading="eager" role="presentation"></picture></div><figcaption class="pl fg pm ox oy pn po bf b bg z dy" ${sel}>${mdCaption}</figcaption></figure>
${mdHd(mdH[0] ?? '', 'b1c2')}
${mdPs(mdSetup, 'b')}
${mdHd(mdH[1] ?? '', 'c3d4')}
${mdPs(mdTwice, 'c')}
<pre class="pp pq pr ps pt pu pv pw bp px bb bk"><span id="e5f6" class="py ga hs pv b ev pz qa l qb qc" data-code-block-mode="1"
spellcheck="false" data-code-block-lang="sql">${mdCode}</span></pre>
${mdPs(mdAfterCode, 'd')}
${mdHd(mdH[2] ?? '', 'f7a8')}
${mdPs(mdStorm, 'e')}
${mdHd(mdH[3] ?? '', 'g9b0')}
${mdPs(mdFull, 'g')}
<ul class="">${mdAlerts.map((t, i) => `<li id="h${i}c1" class="ng nh hs ni b nj nk nl qd qe qf bk" ${sel}>${t}</li>`).join('\n')}</ul>
${mdHd(mdH[4] ?? '', 'j2k3')}
${mdPs(mdEnd, 'k')}
</div></div></div></div></section></div></article>
<div class="ab cb"><div class="ci bh ev ew ex ey"><div class="rc rd ab jn">${mdTags
  .map((t) => `<div class="re rf cx"><a href="/tag/${t.toLowerCase().replace(/ /g, '-')}"><div class="rg ed cw rh ri rj">${t}</div></a></div>`)
  .join('')}</div>${clapBar(1)}</div></div>
<div class="ab cb"><div class="written-by"><h2 class="bf fr rs rt ru rv bk"><span class="rw">Written by Priya Raman</span></h2>
<div class="ab"><span class="pw-follower-count">2.1K followers</span><span class="ju jv">·</span><span>312 following</span></div>
<p class="bf b bg z bk">${mdBio}</p><button>Follow</button></div>
<div class="published-in"><h2><span>Published in Better Backend</span></h2><span>18K followers</span><span class="ju jv">·</span>
<span>Last published 2 days ago</span><p>${mdPubBio}</p><button>Follow</button></div></div>
<div class="ab cb"><div class="responses"><h2 class="bf fr sb">Responses (23)</h2><div class="ab"><div role="textbox">What are your thoughts?</div>
<button>Cancel</button><button>Respond</button></div>
${mdResp
  .map(
    ([n, d, t, c, r]) => `<div class="ct sc"><div class="ab q"><a href="/@${n.toLowerCase().replace(/ /g, '')}"><p class="bf b dz z">${n}</p></a>
<span class="bf b dz z dy">${d}</span></div><pre class="bf b sd se lp sf">${t}</pre><div class="ab q"><button>${c}</button>${
      r === '' ? '' : `<button>${r}</button>`
    }<button><p>Reply</p></button></div></div>`,
  )
  .join('\n')}
<a class="af ag ah ai" href="/responses">See all responses</a></div></div>
<div class="ab cb"><h2 class="bf fr sg">More from Priya Raman and Better Backend</h2><ul>${links(mdMore)}</ul>
<h2 class="bf fr sg">Recommended from Medium</h2><ul>${links(mdRec)}</ul></div>
<div class="ab cb sh"><ul class="ab">${links(mdFoot)}</ul></div></div></div></div></div>
<script>window.__APOLLO_STATE__ = {"Post:5e1f9c0a4d21":{"id":"5e1f9c0a4d21","title":"${mdTitle}","clapCount":1412,"isLocked":true}}</script>
<script>window.__BUILD_ID__="main-20250929-183022-4f1e0a6b2c"</script></body></html>`;
export const mediumPost: TestPage = {
  html: mdHtml,
  name: 'heldout68-medium-post',
  kind: 'blog',
  // the subtitle is the dek: body; the five h2s are the headings; the SQL block is in neither list; "Priya Raman" (author row,
  // "Written by"), the date and the author bio are bylines; "Member-only story", follow buttons, publication name, read time,
  // clap and response counts, "Listen", "Share", the caption, tags, follower counts, publication card, responses (reader comments
  // on a blog: furniture, with their names, dates, counts and buttons), "More from", "Recommended" and the footer are furniture;
  // a response is written in a <pre> as Medium does, so each is furniture in full; the search box is a placeholder (no text);
  // the tag "Message Queue", a response's "9" likes and the footer's "About" are body words: left out
  title: mdTitle,
  headings: mdH,
  body: [mdSub, ...texts(mdIntro), ...texts(mdSetup), ...texts(mdTwice), ...mdAfterCode, ...mdStorm, ...texts(mdFull), ...mdAlerts, ...mdEnd],
  bylines: ['Priya Raman', 'Written by Priya Raman', 'Sep 30, 2025', mdBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Write', 'Sign up', 'Sign in', 'Open in app', 'Member-only story', 'Follow', 'Published in', 'Better Backend', '7 min read', '1.4K',
    '23', 'Listen', 'Share', mdCaption, ...mdTags.filter((t) => t !== 'Message Queue'), '2.1K followers', '312 following',
    'Published in Better Backend', '18K followers', 'Last published 2 days ago', mdPubBio, 'Responses (23)', 'What are your thoughts?', 'Cancel',
    'Respond', ...mdResp.flat().filter((t) => t !== '' && t !== '9'), 'Reply', 'See all responses', 'More from Priya Raman and Better Backend',
    ...mdMore, 'Recommended from Medium', ...mdRec, ...mdFoot.filter((t) => t !== 'About'),
  ],
};
