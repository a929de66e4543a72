import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 155, file f2: a dev.to (Forem) post that is part 3 of a series (skip link, the header with logo, search
 * form and "Log in" / "Create account", the left reaction rail, the cover image, the author line with "Posted on" and
 * "Updated on", the h1 and tag links, the series navigation box above the body and again below it, the body with anchored
 * h2s and highlighted code with its panel, the comments section with "Top comments", "Subscribe" and two comments with
 * reactions and "Reply", "Code of Conduct" and "Report abuse", the right sidebar author card and "More from" list, the
 * "Read next" cards, the sign-up prompt and the site footer).
 */
const dvTitle = 'Building a small CLI in Go, part 3: reading a config file without regrets';
const dvSeries = [
  'Building a small CLI in Go, part 1: why not just a shell script',
  'Building a small CLI in Go, part 2: flags and subcommands',
  dvTitle,
  'Building a small CLI in Go, part 4: shipping binaries',
];
const dvP1 = [
  'In <a href="https://dev.to/mkowalczyk/part-2">part 2</a> our little tool, <code>tidyup</code>, grew a set of flags. That was ' +
    'fine while there were four of them. There are now eleven, and nobody wants to type eleven flags every morning. So this time we ' +
    'add a config file.',
  'The goal is modest: read settings from a file, let flags override them, and make it obvious to the user where each value came from.',
];
const dvH1 = 'Where should the file live?';
const dvP2 = [
  'On Linux the polite answer is <code>$XDG_CONFIG_HOME/tidyup/config.toml</code>, falling back to <code>~/.config</code>. On ' +
    'macOS and Windows, <code>os.UserConfigDir()</code> returns the right place for each system, so we use that and do not try to ' +
    'be clever.',
];
const dvH2 = 'Choosing a format';
const dvP3 = [
  'I went with TOML. YAML is popular, but its indentation rules and surprise type conversions cause more support questions than ' +
    'they are worth for a tool like this. JSON does not allow comments, and people want to leave notes in their config files.',
  'Here is the struct and the loader:',
];
const dvCode = `type Config struct {
    Root    string   \`toml:"root"\`
    Exclude []string \`toml:"exclude"\`
    DryRun  bool     \`toml:"dry_run"\`
}

func Load(path string) (Config, error) {
    var c Config
    _, err := toml.DecodeFile(path, &amp;c)
    return c, err
}`;
const dvH3 = 'Flags win, but say so';
const dvP4 = [
  'The order of precedence is defaults, then the file, then environment variables, then flags. The trick is to load the file first ' +
    'and then only apply flags the user actually set. The standard library helps here: <code>flag.Visit</code> walks only the flags ' +
    'that were given on the command line.',
  'We also added a <code>tidyup config show</code> subcommand that prints every setting next to its source. It took twenty minutes to ' +
    'write and has already answered three bug reports.',
];
const dvH4 = 'What I would do differently';
const dvList = [
  'Fail loudly on unknown keys. A typo in a setting name should be an error, not a silent default.',
  'Write the default config to disk on first run, with comments, so people have something to edit.',
  'Keep the file optional. The tool must work with no config at all.',
];
const dvP5 = [
  'The full code for this part is on the part-3 branch of the repository. Next time, in the last part, we will build release binaries for three ' +
    'platforms and publish them from CI.',
];
const dvReactions = ['Like', 'Unicorn', 'Exploding Head', 'Raised Hands', 'Fire'];
const dvComments = [
  ['Dan Okonkwo', 'Feb 12', 'The config show subcommand is such a good idea. Every CLI should have one.'],
  ['Leila Farouk', 'Feb 13', 'Did you look at koanf or viper before going with plain TOML decoding?'],
] as const;
const dvReadNext = [
  ['Sorting a million rows in the browser', 'Tobias Grell', 'Feb 10'],
  ['My first year maintaining an open source library', 'Ana Ruiz', 'Feb 8'],
] as const;
const dvMore = ['Building a small CLI in Go, part 2: flags and subcommands', 'Testing Go code that shells out', 'Why I keep a CHANGELOG by hand'];
const dvFoot = [
  'Home',
  'DEV++',
  'Podcasts',
  'Videos',
  'Tags',
  'DEV Help',
  'Forem Shop',
  'Advertise on DEV',
  'DEV Challenges',
  'DEV Showcase',
  'About',
  'Contact',
  'Code of Conduct',
  'Privacy Policy',
  'Terms of Use',
];
const series = (pos: string): string => `<div class="article-collection-wrapper ${pos}"><nav class="crayons-card crayons-card--secondary p-4"
aria-label="Building a small CLI in Go (4 Part Series)"><header class="mb-2"><h2 class="crayons-subtitle-2"><a href="/mkowalczyk/series/31207"
class="crayons-link">
Building a small CLI in Go (4 Part Series)</a></h2></header><ol class="crayons-article__series">${dvSeries
  .map(
    (t, i) => `<li class="crayons-article__series__item${i === 2 ? ' crayons-article__series__item--current' : ''}"><a href="/mkowalczyk/part-${i + 1}"
class="crayons-article__series__link" title="Published Feb ${5 + i} '26"><span class="crayons-indicator crayons-indicator--outlined mr-2">${i + 1}</span>
<span class="crayons-article__series__title">${t}</span></a></li>`,
  )
  .join('\n')}</ol></nav></div>`;
const h2 = (t: string): string => {
  const s = t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `<h2><a name="${s}" href="#${s}"></a>${t}</h2>`;
};
const dvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dvTitle} - DEV Community</title><meta name="viewport" content="width=device-width, initial-scale=1.0,
viewport-fit=cover">
<link rel="canonical" href="https://dev.to/mkowalczyk/building-a-small-cli-in-go-part-3-reading-a-config-file-without-regrets-4k2p"><meta name="description"
content="Adding a TOML config file to a Go CLI.">
<meta name="keywords" content="go, cli, tutorial, software, coding, development, engineering, inclusive, community"><meta property="og:type" content="article">
<meta property="og:title" content="${dvTitle}"><meta property="og:site_name" content="DEV Community"><meta name="twitter:site" content="@thepracticaldev">
<meta name="twitter:creator" content="@mkowalczyk"><meta name="last-updated" content="2026-02-14 09:12:33 UTC"><meta name="user-signed-in" content="false">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${dvTitle}",
"author":{"@type":"Person","name":"Marta Kowalczyk",
"url":"https://dev.to/mkowalczyk"},"datePublished":"2026-02-12T08:30:00Z","dateModified":"2026-02-14T09:12:33Z"}</script>
<link rel="stylesheet" href="https://assets.dev.to.example/assets/crayons-4b7a.css"
media="all"><script src="https://assets.dev.to.example/assets/base-2f3c.js" defer></script></head>
<body class="sans-serif-article-body default-header" data-user-status="logged-out" data-is-root-subforem="true">
<a href="#main-content" class="skip-content-link">Skip to content</a>
<header id="topbar" class="crayons-header print-hidden"><div class="crayons-header__container"><span class="inline-block m:hidden"><button class="c-btn
c-btn--icon-alone"
aria-label="Navigation menu"><svg class="crayons-icon" width="24" height="24"></svg></button></span><a href="https://dev.to/" class="site-logo" aria-label="DEV
Community Home">
<svg class="site-logo__img" width="50" height="40"></svg></a><div class="crayons-header--search js-search-form" id="header-search"><form accept-charset="UTF-8"
method="get"
action="/search" role="search"><div class="crayons-fields crayons-fields--horizontal"><div class="crayons-field flex-1 relative"><input id="search-input"
class="crayons-header--search-input crayons-textfield" type="text" name="q" placeholder="Search..." autocomplete="off" aria-label="Search term"></div>
<a class="crayons-header--search-brand-indicator" href="https://www.algolia.com/developers">Powered by Algolia</a></div></form></div>
<div class="flex items-center h-100 ml-auto"><a href="/enter" class="c-link c-link--block mr-2 whitespace-nowrap ml-auto">Log in</a><a
href="/enter?state=new-user"
class="c-cta c-cta--branded whitespace-nowrap mr-2">Create account</a></div></div></header>
<div id="page-content" class="wrapper articles-show" data-current-page="articles-show"><div class="crayons-layout crayons-layout--3-cols
crayons-layout--article">
<aside class="crayons-layout__sidebar-left" aria-label="Article actions"><div class="crayons-article-actions print-hidden"><div
class="crayons-article-actions__inner">
<div class="reaction-drawer__outer"><button id="reaction-drawer-trigger" aria-label="reaction-drawer-trigger" class="crayons-reaction pseudo-reaction
crayons-tooltip__activator">
<span class="crayons-reaction__icon"></span><span class="crayons-reaction__count" id="reaction_total_count">58</span><span data-testid="tooltip"
class="crayons-tooltip__content">Add reaction</span></button><div class="reaction-drawer" aria-label="Reactions">${dvReactions
  .map(
    (
      t,
      i,
    ) => `<button class="crayons-reaction" data-category="${t.toLowerCase()}" title="${t}"><span class="crayons-reaction__count">${[41, 6, 2, 4, 5][i]}</span>
<span class="crayons-reaction__label">${t}</span></button>`,
  )
  .join('\n')}</div></div><a href="#comments" class="crayons-reaction crayons-reaction--comment" title="Comments"><span class="crayons-reaction__count">2</span>
<span class="crayons-tooltip__content">Jump to Comments</span></a><button class="crayons-reaction crayons-reaction--readinglist" title="Save"><span
class="crayons-reaction__count">19</span><span class="crayons-tooltip__content">Save</span></button><button class="crayons-reaction" title="Boost"><span
class="crayons-tooltip__content">Boost</span></button><div class="dropdown"><button aria-label="Share post options" class="dropbtn"></button><div
class="crayons-dropdown">
<button class="crayons-link crayons-link--block">Copy link</button><a class="crayons-link crayons-link--block"
href="https://twitter.com/intent/tweet?text=x">Share to X</a>
<a class="crayons-link crayons-link--block" href="https://www.linkedin.com/shareArticle?url=x">Share to LinkedIn</a><a class="crayons-link crayons-link--block"
href="https://www.facebook.com/sharer.php?u=x">Share to Facebook</a><a class="crayons-link crayons-link--block" href="https://s2f.kytta.example">Share to
Mastodon</a>
<a href="/report-abuse" class="crayons-link crayons-link--block">Report Abuse</a></div></div></div></div></aside>
<main id="main-content" class="crayons-layout__content grid gap-4"><div class="article-wrapper"><article class="crayons-card crayons-article mb-4"
id="article-show-container"
data-article-id="2249301" data-published="true"><header class="crayons-article__header" id="main-title"><div class="crayons-article__cover"><img
src="https://media2.dev.to.example/dynamic/image/cover.png" width="1000" height="420" class="crayons-article__cover__image" alt="Cover image for
${dvTitle}"></div>
<div class="crayons-article__header__meta"><div class="flex s:items-start flex-col s:flex-row"><div class="crayons-article__subheader"><a href="/mkowalczyk"
class="crayons-avatar crayons-avatar--l mr-2 shrink-0"><img src="https://media2.dev.to.example/avatars/mk.png" width="40" height="40" alt="mkowalczyk profile"
class="crayons-avatar__image">
</a><div class="pl-3 flex-1"><a href="/mkowalczyk" class="crayons-link fw-bold">Marta Kowalczyk</a><p class="fs-xs color-base-60">Posted on <time
datetime="2026-02-12T08:30:00Z" class="date-no-year">Feb 12</time><span class="color-base-60"> • <span>Updated on <time datetime="2026-02-14T09:12:33Z"
class="date-no-year">Feb 14</time></span></span></p></div></div></div>
<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">${dvTitle}</h1><div class="spec__tags flex flex-wrap">${['go', 'cli', 'tutorial']
  .map((t) => `<a class="crayons-tag crayons-tag--monochrome" href="/t/${t}"><span class="crayons-tag__prefix">#</span>${t}</a>`)
  .join('\n')}</div></div></header>
<div class="crayons-article__main">${series('mb-4')}
<div class="crayons-article__body text-styles spec__body" data-article-id="2249301" id="article-body">
${dvP1.map((p) => `<p>${p}</p>`).join('\n')}
${h2(dvH1)}
${dvP2.map((p) => `<p>${p}</p>`).join('\n')}
${h2(dvH2)}
${dvP3.map((p) => `<p>${p}</p>`).join('\n')}
<div class="highlight js-code-highlight"><pre class="highlight go"><code>${dvCode}</code></pre><div class="highlight__panel js-actions-panel"><div
class="highlight__panel-action js-fullscreen-code-action"><svg width="20px" height="20px" class="highlight-action crayons-icon
highlight-action--fullscreen-on"><title>
Enter fullscreen mode</title></svg><svg width="20px" height="20px" class="highlight-action crayons-icon highlight-action--fullscreen-off"><title>Exit fullscreen
mode</title>
</svg></div></div></div>
${h2(dvH3)}
${dvP4.map((p) => `<p>${p}</p>`).join('\n')}
${h2(dvH4)}
<ul>${dvList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${dvP5.map((p) => `<p>${p}</p>`).join('\n')}
</div>${series('mt-4')}</div></article>
<div class="crayons-card crayons-card--secondary signup-prompt p-4 mb-4"><p>Sign in to join the conversation and follow the people who write the posts you
like.</p>
<a href="/enter" class="crayons-btn">Log in</a></div>
<section id="comments" class="text-padding mb-4 crayons-card comments-section" data-updated-at="2026-02-13"><header class="relative flex justify-between
items-center mb-6">
<h2 class="crayons-subtitle-1">Top comments (2)</h2><div id="comment-subscription"><button class="crayons-btn
crayons-btn--outlined">Subscribe</button></div></header>
<div class="comments" id="comment-trees-container">${dvComments
  .map(
    ([n, d, t], i) => `<details class="comment-wrapper comment-wrapper--deep-0" open><summary aria-label="Toggle this comment (and replies)"></summary><div
class="comment__inner">
<div class="comment__details"><a href="/${n.split(' ')[0]?.toLowerCase()}" class="comment__author">${n}</a><span class="color-base-30"> • </span><a
href="/comment/${i}"
class="comment-date"><time datetime="2026-02-1${i + 2}">${d}</time></a></div><div class="comment__body text-styles body"><p>${t}</p></div><footer
class="comment__footer">
<button class="crayons-btn crayons-btn--ghost crayons-btn--s reaction-like"><span class="reactions-count">${3 - i}</span><span class="reactions-label">
likes</span></button>
<a class="crayons-btn crayons-btn--ghost crayons-btn--s" href="#reply">Reply</a></footer></div></details>`,
  )
  .join('\n')}</div><div class="mt-4"><a href="/code-of-conduct">Code of Conduct</a> • <a href="/report-abuse">Report abuse</a></div></section>
<section class="crayons-card crayons-card--secondary read-next"><h2 class="crayons-subtitle-1">Read next</h2>${dvReadNext
  .map(
    ([t, a, d]) =>
      `<a href="/${a.length}" class="crayons-link read-next-item"><div><h3 class="fs-l fw-bold">${t}</h3><p class="fs-s">${a} - ${d}</p></div></a>`,
  )
  .join('\n')}</section></div></main>
<aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation"><div class="crayons-card crayons-card--secondary branded-7 p-4 pt-0 gap-4
grid">
<div class="-mt-4"><a href="/mkowalczyk" class="flex"><span class="crayons-avatar crayons-avatar--xl mr-2 shrink-0"><img
src="https://media2.dev.to.example/avatars/mk.png"
class="crayons-avatar__image" alt=""></span><span class="crayons-link crayons-subtitle-1 mt-5">Marta Kowalczyk</span></a></div><button class="crayons-btn
crayons-btn--primary follow-action-button w-100">Follow</button><div class="color-base-70">Backend developer in Gdańsk. I write about Go, small tools and
boring reliable
software.</div><ul class="user-metadata-details-inner"><li><div class="key">Location</div><div class="value">Gdańsk, Poland</div></li><li><div
class="key">Joined</div>
<div class="value"><time datetime="2021-05-02">May 2, 2021</time></div></li></ul></div><div class="crayons-card crayons-card--secondary"><header
class="crayons-card__header">
<h3 class="crayons-subtitle-2">More from <a href="/mkowalczyk">Marta Kowalczyk</a></h3></header><div>${dvMore
  .map((t) => `<a href="/mkowalczyk/${t.length}" class="crayons-link crayons-link--contentful"><span>${t}</span></a>`)
  .join('\n')}</div></div></aside></div></div>
<footer id="footer" class="crayons-footer print-hidden"><div class="crayons-footer__container"><p class="fs-s crayons-footer__description"><a href="/">DEV
Community</a> — A
constructive and inclusive social network for software developers. With you every step of your journey.</p><ul class="footer__nav-links flex
flex-wrap">${links(dvFoot)}</ul>
<p class="fs-s crayons-footer__description">Built on <a href="https://www.forem.com">Forem</a> — the open source software that powers DEV and other inclusive
communities.</p>
<p class="fs-s crayons-footer__description">Made with love and <a href="https://rubyonrails.org">Ruby on Rails</a>. DEV Community © 2016 -
2026.</p></div></footer>
<script src="https://assets.dev.to.example/assets/articlePage-9a0d.js" defer></script></body></html>`;
export const devtoSeriesPost: TestPage = {
  html: dvHtml,
  name: 'heldout155-devto-series-blog',
  kind: 'blog',
  // the series box (its current item repeats the title) is furniture wherever it sits; the author and the "Posted on" /
  // "Updated on" dates are bylines; reactions, share menu, tags, code panel titles, comments, "Read next", the author card
  // and footer are furniture; the code block is in neither list
  title: dvTitle,
  headings: [dvH1, dvH2, dvH3, dvH4],
  body: texts([...dvP1, ...dvP2, ...dvP3, ...dvP4, ...dvList, ...dvP5]),
  bylines: ['Marta Kowalczyk', 'Posted on Feb 12', 'Updated on Feb 14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Powered by Algolia', 'Log in', 'Create account', '58', 'Add reaction', ...dvReactions, 'Jump to Comments', 'Save', 'Boost',
    'Copy link', 'Share to X', 'Share to LinkedIn', 'Share to Facebook', 'Share to Mastodon', 'Report Abuse', '#go', '#cli', '#tutorial',
    'Building a small CLI in Go (4 Part Series)', dvSeries[0] ?? '', dvSeries[1] ?? '', dvSeries[3] ?? '', 'Enter fullscreen mode', 'Exit fullscreen mode',
    'Sign in to join the conversation and follow the people who write the posts you like.', 'Top comments (2)', 'Subscribe',
    ...dvComments.flat(), 'likes', 'Reply', 'Code of Conduct • Report abuse', 'Read next', ...dvReadNext.flatMap(([t, a, d]) => [t, `${a} - ${d}`]),
    'Follow', 'Backend developer in Gdańsk. I write about Go, small tools and boring reliable software.', 'Location', 'Gdańsk, Poland',
    'Joined', 'May 2, 2021', 'More from Marta Kowalczyk', ...dvMore.slice(1),
    'DEV Community — A constructive and inclusive social network for software developers. With you every step of your journey.',
    ...dvFoot.filter((t) => t !== 'Code of Conduct'), 'Built on Forem — the open source software that powers DEV and other inclusive communities.',
    'Made with love and Ruby on Rails. DEV Community © 2016 - 2026.',
  ],
};
