import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout354-kit.js';

/**
 * Held-out batch 354, file b2: a company engineering blog's postmortem hosted on Medium (the metabar with "Sign up" / "Sign in",
 * the publication header, the pw-post-title h1 and subtitle, the author block with "Follow", "Published in", reading time and
 * date, the clap / response / listen / share bar, a figure with caption, the tag chips, the "Written by" card, "More from" rail,
 * "Recommended from Medium" and the footer links).
 */
const mTitle = 'The night our feature flags turned everything on';
const mSub = 'A postmortem of the 47 minutes when every experiment in Loomly shipped to every user at once';
const mH = ['What happened', 'Why our safeguards did not catch it', 'What we changed', 'What we learned'];
const mS: readonly string[][] = [
  [
    j(
      'At 21:14 on a Tuesday in January, every feature flag in the Loomly web app evaluated to true for every user. Half-built',
      'features, internal admin panels and three competing versions of the new editor all appeared at once. For 47 minutes our',
      'customers saw a product that no one at Loomly had ever seen either.',
    ),
    j(
      'Our flag service keeps the rules for each flag in a small Postgres database and pushes a compiled snapshot to a CDN every time a',
      'rule changes. The web app downloads the snapshot when it starts and evaluates flags locally. That evening, a migration that',
      'renamed a column in the rules table ran before the new version of the compiler was deployed. The old compiler read the renamed',
      'column as empty, treated every rule as "no conditions", and published a snapshot in which every flag matched everyone.',
    ),
  ],
  [
    j(
      'We had a check that refused to publish a snapshot if more than ten flags changed at once. It did not fire, because the check',
      'compared the number of rules, not their content, and the number of rules had not changed.',
    ),
    j(
      'We also had a kill switch that makes the web app fall back to built-in defaults. It worked, but only for page loads after it was',
      'switched on. Users who already had the app open kept the bad snapshot until they refreshed, which is why support tickets kept',
      'arriving for almost an hour after we had "fixed" the problem.',
    ),
    j(
      '<blockquote>“The hardest part was not finding the bug. It was accepting that our safety net measured the wrong thing.”',
      '— from our incident review</blockquote>',
    ),
  ],
  [
    'Since the incident we have made four changes to how flags are published and loaded:',
    '<li>The publish check now compares a hash of each compiled rule and blocks any snapshot that changes more than ten of them.</li>',
    '<li>Migrations to the flag database must run after the code that reads the new schema is live, and our deploy tool enforces it.</li>',
    '<li>The web app listens for a “revoke snapshot” message and reloads its flags within ten seconds, without a page refresh.</li>',
    '<li>Flags for internal tools are now evaluated on the server, so they can never be switched on by a client-side snapshot.</li>',
  ],
  [
    j(
      'No customer data was lost or exposed; the admin panels that appeared still checked permissions on the server. But the incident',
      'cost us trust, and a few customers told us it looked like we had been hacked. We wrote to every workspace owner the next day.',
    ),
    j(
      'The biggest lesson for us is that a safeguard is only as good as the failure it was designed for. We now write down, for each',
      'check, which failure it is meant to catch, and we test it by causing that failure on purpose in staging once a quarter.',
    ),
  ],
];
const isLi = (s: string): boolean => s.startsWith('<li>');
const section = (h: string, items: readonly string[]): string => {
  const out: string[] = [`<h2 class="pw-post-body-paragraph lo lp gv">${h}</h2>`];
  const list = items.filter(isLi);
  for (const s of items.filter((x) => !isLi(x))) out.push(s.startsWith('<blockquote') ? s : ps([s], ' class="pw-post-body-paragraph lq lr gv"'));
  if (list.length > 0) out.push(`<ul class="">${list.join('\n')}</ul>`);
  return out.join('\n');
};
const mMore = ['How we cut our CI time in half with test sharding', 'Designing an editor that works offline', 'Our on-call handbook, one year on'];
const mRec = ['Feature flags are technical debt you chose', 'Postmortems that people actually read', 'The quiet failure modes of config systems'];
const mTags = ['Postmortem', 'Feature Flags', 'Site Reliability', 'Engineering'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mHtml = `<!doctype html><html lang="en"><head><title>${mTitle} | by Priya Santhanam | Loomly Engineering | Jan, 2026 | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" name="description" content="${mSub}"><meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:title" content="${mTitle}"><meta data-rh="true" name="author" content="Priya Santhanam">
<meta data-rh="true" property="article:published_time" content="2026-01-22T16:03:11.402Z"><meta data-rh="true" name="twitter:label1" content="Reading time">
<meta data-rh="true" name="twitter:data1" content="6 min read">
<link data-rh="true" rel="canonical" href="https://medium.example/loomly-engineering/the-night-8d1f2">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"datePublished":"2026-01-22T16:03:11.402Z","author":{"@type":"Person","name":"Priya Santhanam"},
"publisher":{"@type":"Organization","name":"Loomly Engineering"}}</script>
<script>window.__BUILD_ID__="main-20260120-181102-9c1d3b"</script></head>
<body><div id="root"><div class="a b c"><div class="l c"><div class="l bx by bz ca cb"><div class="cc cd ce"><div class="metabar">
<a href="/" aria-label="Homepage" data-testid="headerMediumLogo">Medium</a><div class="ci"><input role="combobox" placeholder="Search"></div>
<a href="/new-story" data-testid="headerWriteButton">Write</a><a href="/m/signin?operation=register" class="cm">Sign up</a>
<a href="/m/signin?operation=login" data-testid="headerSignInButton">Sign in</a></div></div></div>
<div class="pub-header"><a href="/loomly-engineering">Loomly Engineering</a></div>
<article><div class="l"><div class="l"><section><div><div class="fr fs ft fu fv"><div class="ab ca"><div class="ch bg fw fx fy fz">
<div><h1 id="a4f1" class="pw-post-title gr gs gt be gu gv gw gx gy gz" data-testid="storyTitle">${mTitle}</h1></div>
<div><h2 id="b0c2" class="pw-subtitle-paragraph hb gs gt be b hc hd he hf" data-testid="storySubtitle">${mSub}</h2></div>
<div class="speechify-ignore ab cp"><div class="ab ce"><a href="/@priya.santhanam" rel="noopener follow"><img alt="Priya Santhanam" class="l ep by"
src="https://miro.medium.example/v2/resize:fill:88:88/1*pS.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"></a>
<div class="bm"><span data-testid="authorName"><a href="/@priya.santhanam">Priya Santhanam</a></span> <span>·</span>
<button class="ju jv">Follow</button></div><div class="ab"><span>Published in <a data-testid="publicationName" href="/loomly-engineering">Loomly
Engineering</a></span> <span>·</span> <span data-testid="storyReadTime">6 min read</span> <span>·</span>
<span data-testid="storyPublishDate">Jan 22, 2026</span></div></div></div>
<div class="ab cp kb kc"><div class="pw-multi-vote-icon"><button data-testid="headerClapButton" aria-label="clap"></button></div>
<p class="pw-multi-vote-count">1.2K</p><button aria-label="responses" class="pw-responses-count">14</button>
<button aria-label="Add to list" data-testid="headerBookmarkButton"></button><button data-testid="audioPlayButton">Listen</button>
<button data-testid="headerSocialShareButton">Share</button></div>
<figure class="lt lu lv lw lx ly"><img alt="" class="bg mg mh" src="https://miro.medium.example/v2/resize:fit:1400/1*flags.png" width="700" height="394">
<figcaption class="mi mj mk" data-selectable-paragraph="">Our flag dashboard at 21:20: every row green. Illustration by Tomas Ferreira.</figcaption></figure>
${mS.map((items, i) => section(mH[i] ?? '', items)).join('\n')}
</div></div></div></div></section></div></div></article>
<div class="ab ca"><ul class="tags">${mTags.map((t) => `<li><a href="/tag/${t.toLowerCase().replace(/ /g, '-')}" class="tag">${t}</a></li>`).join('')}</ul>
<div class="footer-bar"><p>1.2K</p><p>14</p><button>Share</button></div>
<div class="written-by"><h2 class="be hl">Written by Priya Santhanam</h2><p class="be b">812 Followers</p>
<p class="be b">Staff engineer on the platform team at Loomly. Writes about reliability and boring technology.</p><button>Follow</button></div>
<div class="more-from"><h2>More from Priya Santhanam and Loomly Engineering</h2><ul>${mMore.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></div>
<div class="recommended"><h2>Recommended from Medium</h2><ul>${mRec.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul>
<a href="/?source=post_page">See more recommendations</a></div></div>
<footer class="ab"><ul>${mFoot.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></footer></div></div></div>
<script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{"viewer":null}}</script></body></html>`;
const flat = mS.flat().map((s) => s.replace(/^<blockquote>|<\/blockquote>$/g, ''));
export const mediumPostmortem: TestPage = {
  name: 'heldout354-medium-engineering-postmortem',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mSub, ...flat]),
  bylines: ['Priya Santhanam', '6 min read', 'Jan 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Medium', 'Write', 'Sign up', 'Sign in', 'Loomly Engineering', 'Follow', 'Published in Loomly Engineering', '1.2K', 'Listen', 'Share',
    'Our flag dashboard at 21:20: every row green. Illustration by Tomas Ferreira.', ...mTags, 'Written by Priya Santhanam', '812 Followers',
    'Staff engineer on the platform team at Loomly. Writes about reliability and boring technology.',
    'More from Priya Santhanam and Loomly Engineering', ...mMore, 'Recommended from Medium', ...mRec, 'See more recommendations', ...mFoot,
  ],
};
