import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout280-kit.js';

/**
 * Held-out batch 280, file e2: a Discourse topic in mailing-list mode as its crawler view saves it (JSON-LD, the logo
 * header, h1 with the category breadcrumb and tags, three posts with username, full name, time, position and likes, one
 * reply that came in by e-mail with its quoted text folded into an "elided" details block and its signature, the
 * Related topics table and the crawler footer).
 */
const dTitle = 'Migrating themes from 3.x to 4.0: what broke for us';
const dPosts = [
  [
    j(
      'We moved our three public sites from Tallow 3.9 to 4.0 last week. The core upgrade itself was painless, but every one',
      'of our custom themes broke in some way, so I am writing down what we found in case it saves someone else a day.',
    ),
    j(
      'The biggest change is that templates no longer receive the page object as a global. Anything that used page.title or',
      'page.parent directly in a partial now renders as an empty string, without an error. We found these by grepping for',
      '"page." in the partials folder and passing the object down explicitly.',
    ),
    j(
      'The second problem was the asset pipeline. Stylesheets referenced with the old theme:// prefix are still served, but',
      'they are no longer fingerprinted, so browsers kept the 3.x versions in cache for days. Switching to the asset() helper',
      'fixed it.',
    ),
  ],
  [
    j(
      'Thanks for writing this up. We hit the same page object problem, but there is a compatibility flag that brings the',
      'global back while you migrate: set legacy_page_global to true in theme.toml. It logs a deprecation warning every time',
      'a template uses it, which turned out to be a good way to find all the places we had missed.',
    ),
    j(
      'I would not leave it on for long, though. The changelog says it goes away in 4.2, and it disables the new partial',
      'cache, so pages were about thirty per cent slower to render for us while it was on.',
    ),
  ],
  [
    j(
      'One more for the list: the date filter changed its default format. In 3.x it followed the site locale, in 4.0 it',
      'falls back to ISO dates unless the template passes a format. Our event listings suddenly showed 2026-03-12 instead',
      'of 12 March 2026.',
    ),
    j(
      'We fixed it by setting date_format in the site settings rather than touching every template. That restores the old',
      'behaviour for all themes at once, and individual templates can still override it.',
    ),
  ],
];
const dQuote = j(
  'We found these by grepping for "page." in the partials folder and passing the object down explicitly. The second problem',
  'was the asset pipeline.',
);
const dAttr = 'On Tue, 3 Mar 2026 at 14:02, Rosalind Fenwick via Tallow Community <notifications@community.tallowcms.example> wrote:';
const dSig = 'Bartholomew Ingle Web team, Wexcombe District Council';
const dUsers = [
  ['rfenwick', 'Rosalind Fenwick', '2026-03-03T14:02:11Z', 'March 3, 2026, 2:02pm', '4 Likes'],
  ['bingle', 'Bartholomew Ingle', '2026-03-03T16:40:52Z', 'March 3, 2026, 4:40pm', '2 Likes'],
  ['tove_h', 'Tove Haraldsen', '2026-03-04T08:15:30Z', 'March 4, 2026, 8:15am', '1 Like'],
];
const dTags = ['migration-4x', 'theme-dev', 'tallow-4'];
const dRelated = [
  ['Partial cache and per-user content in 4.0', 'Themes', '5', '318', 'February 24, 2026'],
  ['theme:// assets not updating after deploy', 'Support', '3', '142', 'January 30, 2026'],
  ['Announcing Tallow 4.0', 'Announcements', '12', '2.1k', 'February 12, 2026'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const elided = `<details class='elided'><summary title='Show trimmed content'>&#183;&#183;&#183;</summary>
<div class="gmail_quote">${dAttr.replace(/</g, '&lt;').replace(/>/g, '&gt;')}<blockquote>${dQuote}</blockquote></div>
<p>-- <br>\n${dSig.replace('Ingle ', 'Ingle<br>\n')}</p></details>`;
const post = (i: number, extra: string): string => {
  const [user, name, iso, date, likes] = dUsers[i] ?? [];
  return `<div id='post_${i + 1}' class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://community.tallowcms.example/u/${user}'><span itemprop='name'>${user}</span></a>
(${name})
</span>
<link itemprop="mainEntityOfPage" href="https://community.tallowcms.example/t/migrating-themes-from-3-x-to-4-0-what-broke-for-us/812">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='${iso}' class='post-time'>
${date}
</time><meta itemprop='dateModified' content='${iso}'>
<span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>
${ps(dPosts[i] ?? [])}${extra}
</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${likes?.split(' ')[0]}" />
<span class='post-likes'>${likes}</span></div></div>`;
};
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${dTitle} - Themes - Tallow Community</title>
<meta name="description" content="We moved our three public sites from Tallow 3.9 to 4.0 last week.">
<meta name="generator" content="Discourse 3.4.2 - https://github.com/discourse/discourse version 9b4c1e">
<link rel="canonical" href="https://community.tallowcms.example/t/migrating-themes-from-3-x-to-4-0-what-broke-for-us/812">
<meta property="og:site_name" content="Tallow Community"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<meta property="article:published_time" content="2026-03-03T14:02:11+00:00"><meta property="article:section" content="Themes">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://community.tallowcms.example",
"potentialAction":{"@type":"SearchAction","target":"https://community.tallowcms.example/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}
</script>
<link href="/stylesheets/crawler_8a1c.css" media="all" rel="stylesheet" data-target="crawler">
</head><body class="crawler browser-update">
<header><a href="/"><img src="https://community.tallowcms.example/uploads/default/original/1X/logo.png" alt="Tallow Community" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/migrating-themes-from-3-x-to-4-0-what-broke-for-us/812">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/themes/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg'
style='background-color: #0088CC'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Themes</span></span></a>
<meta itemprop="position" content="1" /></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'>
${dTags.map((t) => `<a href='https://community.tallowcms.example/tag/${t}' class='discourse-tag' rel="tag">${t}</a>`).join(', ')}
</div></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<link itemprop='url' href='https://community.tallowcms.example/t/812'><meta itemprop='datePublished' content='2026-03-03T14:02:11Z'>
<meta itemprop='articleSection' content='Themes'><meta itemprop='keywords' content='migration-4x, theme-dev, tallow-4'>
${post(0, '')}
${post(1, elided)}
${post(2, '')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope
itemtype='http://schema.org/ItemList'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th>
<th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    ([t, c, r, v, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<span class="link-top-line"><a itemprop='url' href='/t/${r}' class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line">
<a href='/c/${c?.toLowerCase()}' class='badge-wrapper bullet'><span class='badge-category clear-badge'><span class='category-name'>${c}</span></span></a>
</div></td>
<td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${dFoot
  .map(
    (f) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${f.toLowerCase()}'
itemprop="url">${f} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer>
<footer class="container wrap"><div class="footer-links"><p class='powered-by-link'>Powered by
<a href="https://www.discourse.example">Discourse</a>, best viewed
with JavaScript enabled</p></div></footer>
</body></html>`;
export const discourse: TestPage = {
  name: 'heldout280-discourse-mailing-list-topic-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flat()),
  bylines: dUsers.flatMap(([u, n, , d]) => [u ?? '', `(${n})`, d ?? '']),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Themes', ...dTags, dAttr, dQuote, dSig, ...dUsers.map((u) => u[4] ?? ''), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dRelated.flatMap(([t, c, r, v, a]) => [t ?? '', c ?? '', r ?? '', v ?? '', a ?? '']).filter((s) => s.length > 2 && s !== 'Themes'),
    ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};
