import { plain, type TestPage, texts } from './page-kit.js';
import { lemmyCrosspost } from './pages-heldout93-e2.js';

/**
 * Held-out batch 93, file e: a Mastodon thread as the 4.3 web app renders it for a signed-out visitor (the left pane with
 * search and the "Mastodon is the best way to keep up" sign-in banner, the column header whose h1 holds only the "Back"
 * button, the detailed post with display name, handle, date, visibility, "boosts" and "favourites" counts and its action
 * bar, the author's self-replies and other people's replies with relative times, counters, a link preview card and
 * hashtags, the navigation panel and the server / Mastodon footer links) and, from file e2, a Lemmy crosspost.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
type Toot = { name: string; handle: string; when: string; counts: [string, string, string]; body: string[] };
const sa = ['Signe Aalto', '@signe'] as const;
const mdThread: Toot[] = [
  {
    name: sa[0],
    handle: '@signe@commons.example',
    when: '14 Mar 2025, 08:02',
    counts: ['12', '48', '131'],
    body: paras(`
Six years ago a few of us put a shoebox of seed packets on a shelf in the Vallila library with a handwritten sign saying “take some, bring
some back”. Last week we counted 2,300 packets and 410 varieties. A thread on what worked and what did not, for anyone thinking of starting
one. 🧵 1/5`),
  },
  {
    name: sa[0],
    handle: sa[1],
    when: 'Mar 14',
    counts: ['2', '9', '40'],
    body: paras(`
2/5 Start with what people already grow. Our first year we tried to stock rare heritage varieties and nobody took them. The packets that
moved were ordinary beans, tomatoes, marigolds and lettuce. Once people trusted the shelf, they started bringing back the unusual things
themselves.`),
  },
  {
    name: sa[0],
    handle: sa[1],
    when: 'Mar 14',
    counts: ['1', '6', '33'],
    body: paras(`
3/5 Label everything, even badly. A packet with a date, a variety name and where it was grown is worth ten without. We print a simple form and
keep a pencil tied to the shelf. Seeds older than three years go into a free-for-all basket for kids and guerrilla gardeners.

We also stopped accepting squash and pumpkin seed saved from gardens with several varieties, because they cross so easily that nobody knew
what would come up.`),
  },
  {
    name: sa[0],
    handle: sa[1],
    when: 'Mar 14',
    counts: ['3', '11', '52'],
    body: paras(`
4/5 The library staff are the whole thing. They answer questions when we are not there, they spot empty shelves, and they told us when a
wet autumn left a box of packets mouldy. Bring them cake. Ask them before you change anything. Put their names on the sign.`),
  },
  {
    name: sa[0],
    handle: sa[1],
    when: 'Mar 14',
    counts: ['4', '15', '61'],
    body: paras(`
5/5 We wrote up our labels, the form and the sorting rules here, free to copy: <a href="https://seedshelf.example/guide" rel="nofollow noopener"
target="_blank">
seedshelf.example/guide</a> <a href="https://commons.example/tags/SeedLibrary" class="mention hashtag" rel="tag">#<span>SeedLibrary</span></a>
<a href="https://commons.example/tags/Gardening" class="mention hashtag" rel="tag">#<span>Gardening</span></a>`),
  },
  {
    name: 'Joonas Ketola',
    handle: '@jketola@fedi.garden.example',
    when: 'Mar 14',
    counts: ['1', '0', '7'],
    body: paras(`
@signe this is lovely. How do you handle people who take a lot and never bring anything back? We tried a seed swap at our allotment and a few
people emptied it every spring.`),
  },
  {
    name: sa[0],
    handle: sa[1],
    when: 'Mar 14',
    counts: ['0', '2', '19'],
    body: paras(`
@jketola honestly, we let them. The shelf refills itself from the people who do bring seed back, and some of the biggest takers turned out to
be school gardens and a refugee allotment project. We put out smaller amounts at a time instead.`),
  },
  {
    name: 'Aino P.',
    handle: '@ainop@kirjasto.example',
    when: 'Mar 15',
    counts: ['0', '1', '5'],
    body: paras(`
@signe Librarian here. Can confirm the cake part. We are starting one at our branch in May and your form is going straight on the shelf.`),
  },
];
const mdFirst = plain(mdThread[0]!.body[0]!);
const mdTitle = `Signe Aalto: "${mdFirst.slice(0, 49)}…"`;
const mdBanner = [
  'Mastodon is the best way to keep up with what’s happening.',
  'Follow anyone across the fediverse and see it all in chronological order. No algorithms, ads, or clickbait in sight.',
];
const mdNav = ['Explore', 'Live feeds', 'About'];
const mdFoot = ['About', 'Status', 'Profiles directory', 'Privacy policy'];
const mdFoot2 = ['About', 'Get the app', 'Keyboard shortcuts', 'View source code'];
const mdCard = [
  'seedshelf.example',
  'Seed shelf guide: labels, forms and sorting rules',
  'Everything we use to run a seed library in a public library, free to copy.',
];
const mdAct = (c: [string, string, string]): string => `<div class="status__action-bar">
<button type="button" aria-label="Reply" title="Reply" class="status__action-bar__button icon-button icon-button--with-counter"><i class="icon icon-reply"></i>
<span class="icon-button__counter"><span class="animated-number"><span style="position: static;">${c[0]}</span></span></span></button>
<button type="button" aria-label="Boost" aria-pressed="false" title="Boost" class="status__action-bar__button icon-button icon-button--with-counter"><i
class="icon"></i>
<span class="icon-button__counter"><span class="animated-number"><span style="position: static;">${c[1]}</span></span></span></button>
<button type="button" aria-label="Favourite" aria-pressed="false" title="Favourite" class="status__action-bar__button star-icon icon-button
icon-button--with-counter">
<i class="icon"></i><span class="icon-button__counter"><span class="animated-number"><span style="position: static;">${c[2]}</span></span></span></button>
<button type="button" aria-label="Bookmark" title="Bookmark" class="status__action-bar__button bookmark-icon icon-button"></button>
<button type="button" aria-label="More" title="More" class="status__action-bar__button icon-button"></button></div>`;
const mdMention = '<span class="h-card"><a href="/@$1" class="u-url mention">@<span>$1</span></a></span>';
const mdText = (t: Toot): string => `<div class="status__content status__content--with-action" tabindex="0"><div class="status__content__text
status__content__text--visible translate"
lang="en">${t.body.map((p) => `<p>${p.replace(/^@(\w+)/, mdMention)}</p>`).join('')}</div></div>`;
const mdCardHtml = `<a href="https://seedshelf.example/guide" class="status-card expanded" target="_blank" rel="noopener noreferrer"><div
class="status-card__image">
<img src="https://files.commons.example/cache/preview_cards/images/guide.jpg" alt="" class="status-card__image-image"></div><div class="status-card__content">
<span class="status-card__host"><span>${mdCard[0]}</span></span><strong class="status-card__title" title="${mdCard[1]}">${mdCard[1]}</strong>
<span class="status-card__description">${mdCard[2]}</span></div></a>`;
const mdReply = (t: Toot, i: number): string => `<div tabindex="-1"><div class="focusable status-public" tabindex="0" aria-label="${t.name}, ${t.when}">
<div class="status status-public status__wrapper-public ${i > 0 && t.name === sa[0] ? 'status--in-thread' : ''}" data-id="11412${i}">
<div class="status__info"><a href="https://commons.example/@signe/11412${i}" class="status__relative-time" target="_blank" rel="noopener noreferrer">
<span class="status__visibility-icon"><i class="icon icon-globe" title="Public"></i></span><time datetime="2025-03-14T08:1${i}:00.000Z" title="14 Mar 2025,
08:1${i}">${t.when}</time>
</a><a href="https://commons.example/${t.handle}" title="${t.handle}" class="status__display-name" target="_blank" rel="noopener noreferrer">
<div class="status__avatar"><div class="account__avatar" style="width: 46px; height: 46px;"><img src="https://files.commons.example/accounts/avatars/${i}.png"
alt=""></div></div>
<span class="display-name"><bdi><strong class="display-name__html">${t.name}</strong></bdi> <span
class="display-name__account">${t.handle}</span></span></a></div>
${mdText(t)}${i === 4 ? mdCardHtml : ''}${mdAct(t.counts)}</div></div></div>`;
const mdHead = mdThread[0]!;
const mdHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${mdTitle.replaceAll('"', '&quot;')} - Commons Social</title><meta content="Commons Social" property="og:site_name"><meta content="article"
property="og:type">
<meta content="Signe Aalto (@signe@commons.example)" property="og:title"><meta content="${mdFirst}" property="og:description">
<meta content="https://commons.example/@signe/114162873320114120" property="og:url"><meta content="2025-03-14T08:02:11Z" property="og:published_time">
<meta content="@signe@commons.example" property="profile:username"><link href="https://commons.example/@signe/114162873320114120" rel="canonical">
<link rel="alternate" type="application/activity+json" href="https://commons.example/users/signe/statuses/114162873320114120">
<link rel="stylesheet" crossorigin="anonymous" href="/packs/css/common-9f3b1a.css"><script src="/packs/js/common-1c2e7d.js" crossorigin="anonymous"
type="module"></script>
<script id="initial-state" type="application/json">{"meta":{"access_token":null,"locale":"en-GB","domain":"commons.example","title":"Commons Social",
"version":"4.3.6","limited_federation_mode":false}}</script></head>
<body class="app-body theme-default no-reduce-motion"><div class="notranslate app-holder" id="mastodon" data-props="{&quot;locale&quot;:&quot;en-GB&quot;}">
<div tabindex="-1"><div class="ui"><div class="columns-area__panels"><div class="columns-area__panels__pane columns-area__panels__pane--compositional">
<div class="columns-area__panels__pane__inner"><div class="compose-panel"><div class="search"><label><span style="display: none;">Search</span>
<input class="search__input" type="text" placeholder="Search or paste URL" aria-label="Search or paste URL" value=""></label></div>
<div class="sign-in-banner"><p><strong>${mdBanner[0]}</strong></p><p>${mdBanner[1]}</p><a class="button button--block" href="/auth/sign_up">Create account</a>
<a class="button button--block button-tertiary" href="/auth/sign_in">Login</a></div><div class="link-footer"><p><strong>Commons Social</strong>:
${mdFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join(' · ')}</p><p><strong>Mastodon</strong>:
${mdFoot2
  .map(
    (t) => `<a
href="https://joinmastodon.example/${t.length}">${t}</a>`,
  )
  .join(' · ')} · <span class="version-number">v4.3.6</span></p></div></div></div></div>
<div class="columns-area__panels__main"><div class="tabs-bar__wrapper"><div id="tabs-bar__portal"></div></div><div class="columns-area columns-area--mobile">
<div role="region" aria-label="Post" class="column"><div class="column-header__wrapper"><h1 class="column-header"><button class="column-header__back-button"
type="button"><i class="icon icon-chevron-left"></i><span class="column-back-button__label">Back</span></button><div class="column-header__buttons">
<button type="button" class="column-header__button" title="Show all" aria-label="Show all"></button></div></h1></div>
<div class="scrollable item-list" role="feed"><div tabindex="-1"><div class="focusable detailed-status__wrapper detailed-status__wrapper-public" tabindex="0"
aria-label="${mdHead.name}, ${mdHead.when}"><div class="detailed-status"><a href="https://commons.example/@signe" data-hover-card-account="1"
class="detailed-status__display-name"><div class="detailed-status__display-avatar"><div class="account__avatar" style="width: 46px; height: 46px;">
<img src="https://files.commons.example/accounts/avatars/0.png" alt=""></div></div><span class="display-name"><bdi><strong
class="display-name__html">${mdHead.name}</strong>
</bdi><span class="display-name__account">${mdHead.handle}</span></span></a>${mdText(mdHead)}<div class="detailed-status__meta">
<div class="detailed-status__meta__line"><a class="detailed-status__datetime" href="https://commons.example/@signe/114162873320114120" target="_blank"
rel="noopener noreferrer"><time dateTime="2025-03-14T08:02:11.000Z" title="${mdHead.when}">${mdHead.when}</time></a>·<span
class="detailed-status__visibility-icon">
<i class="icon" title="Public"></i></span></div><div class="detailed-status__meta__line"><a href="/@signe/114162873320114120/reblogs"
class="detailed-status__link">
<span class="detailed-status__reblogs"><span class="animated-number"><span>${mdHead.counts[1]}</span></span></span> boosts</a>·<a
href="/@signe/114162873320114120/favourites"
class="detailed-status__link"><span class="detailed-status__favorites"><span class="animated-number"><span>${mdHead.counts[2]}</span></span></span>
favourites</a>
</div></div></div>${mdAct(mdHead.counts)}</div></div>
${mdThread
  .slice(1)
  .map((t, i) => mdReply(t, i + 1))
  .join('\n')}
</div></div></div></div><div class="columns-area__panels__pane columns-area__panels__pane--start columns-area__panels__pane--navigational">
<div class="columns-area__panels__pane__inner"><div class="navigation-panel"><div class="navigation-panel__logo"><a class="column-link column-link--logo"
href="/">
<span class="sr-only">Mastodon</span></a></div>${mdNav
  .map(
    (t) => `<a class="column-link column-link--transparent" href="/${t.toLowerCase()}"><i class="icon"></i>
<span>${t}</span></a>`,
  )
  .join('')}<div class="navigation-panel__legal"><hr><a class="column-link column-link--transparent" href="/about">
<span>About</span></a></div></div></div></div></div></div></div></div>
<noscript><div><p>To use the Mastodon web application, please enable JavaScript. Alternatively, try one of the native apps for Mastodon for your platform.</p>
</div></noscript></body></html>`;
const mdNoscript = 'To use the Mastodon web application, please enable JavaScript. Alternatively, try one of the native apps for Mastodon for your platform.';
const mastodon: TestPage = {
  html: mdHtml,
  name: 'heldout93-mastodon-thread',
  kind: 'forum',
  // the page shows no headline: the title is the browser-tab title the app sets (the author's name and the post's first
  // 49 characters), without the server name; every post of the thread and every reply is body (mentions and hashtags
  // included); names, handles and post times are bylines; counts, "boosts", "favourites", the link card, the sign-in
  // banner, the h1's "Back" button and the footer links are furniture
  title: mdTitle,
  headings: [],
  body: mdThread.flatMap((t) => texts(t.body)),
  bylines: [
    sa[0],
    '@signe@commons.example',
    sa[1],
    '14 Mar 2025, 08:02',
    'Mar 14',
    'Joonas Ketola',
    '@jketola@fedi.garden.example',
    'Aino P.',
    '@ainop@kirjasto.example',
    'Mar 15',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', ...mdBanner, 'Create account', 'Login', 'Commons Social', ...mdFoot, 'Mastodon', ...mdFoot2, 'v4.3.6', 'Back', '48 boosts', '131 favourites',
    ...mdCard, ...mdNav, ...mdThread.flatMap((t) => t.counts), mdNoscript,
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT93_E: readonly TestPage[] = [mastodon, lemmyCrosspost];
