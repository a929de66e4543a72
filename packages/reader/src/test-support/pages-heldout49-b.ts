import { type TestPage, texts } from './page-kit.js';
import { blueskyPost } from './pages-heldout49-b2.js';

/**
 * Held-out batch 49, file b: a single post with its replies in the Mastodon 4.3 web UI, saved logged out from a small
 * server (the compose pane with search, server banner and link footer, the navigation pane with "Explore", "Live feeds"
 * and the sign-in banner, the "Back" column header, the detailed post with avatar, display name, handle, text, an
 * image with its "ALT" badge, the hashtag bar, date, "Edited" line, boost and favorite counts, then the replies with
 * their relative times, visibility icons and reply counters; the initial-state JSON and the noscript notice).
 */
const mdFirst = 'Small win at the parish archive today: the 1916 flood ledger is finally scanned.';
const mdPost = [
  'It runs to 212 pages of water levels, damaged houses and the names of families who were put up in the school hall. Much of ' +
    'it is in pencil and has faded badly, so we shot every page twice, once in ordinary light and once under raking light from ' +
    'the side, and the second set is far easier to read.',
  'We also found a loose sheet tucked inside the back cover: a list of rowing boats lent to the rescue effort, with the names of ' +
    'their owners. Nobody at the archive knew it existed.',
  'Next step is transcription. If anyone knows a good tool for volunteers that does not need an account for every person, I ' + 'would love to hear about it.',
];
const mention = (user: string, host: string): string =>
  `<span class="h-card" translate="no"><a href="https://${host}/@${user}" class="u-url mention">@<span>${user}</span></a></span>`;
const MY = 'social.norrland.example';
interface Reply {
  name: string;
  acct: string;
  host: string;
  age: string;
  at: string;
  text: string;
  replies: number;
}
const mdReplies: Reply[] = [
  {
    name: 'Jonas Berg',
    acct: 'jonasb@kulturarv.example',
    host: 'kulturarv.example',
    age: '21h',
    at: 'Oct 14, 2025, 17:03',
    text:
      'Congratulations! The raking-light trick alone deserves a write-up. We used Palimpsest, an open-source transcription tool, ' +
      'for a church register last year, and volunteers only needed a link and a display name.',
    replies: 1,
  },
  {
    name: 'Marit Lindqvist',
    acct: 'marit',
    host: MY,
    age: '20h',
    at: 'Oct 14, 2025, 17:20',
    text: `${mention('jonasb', 'kulturarv.example')} Thank you, I will look at Palimpsest. Does it cope with tables? Half the ledger is columns of house
numbers and depths in inches.`,
    replies: 1,
  },
  {
    name: 'Jonas Berg',
    acct: 'jonasb@kulturarv.example',
    host: 'kulturarv.example',
    age: '19h',
    at: 'Oct 14, 2025, 17:48',
    text: `${mention('marit', MY)} It does tables, but set up the columns before anyone starts. Changing them halfway through was painful for us.`,
    replies: 0,
  },
  {
    name: 'Ada Øverby',
    acct: 'ada@glam.example',
    host: 'glam.example',
    age: '18h',
    at: 'Oct 14, 2025, 18:31',
    text:
      'Raking light is underrated. If the pencil has faded unevenly, also try a copy with the blue channel removed in any photo ' +
      'editor. It often makes graphite stand out much more clearly.',
    replies: 0,
  },
  {
    name: 'Per Holm',
    acct: 'perholm',
    host: MY,
    age: '17h',
    at: 'Oct 14, 2025, 19:55',
    text: 'My grandmother&#39;s family was in that school hall. Once it is transcribed, would it be possible to search for the name Sundqvist?',
    replies: 1,
  },
  {
    name: 'Marit Lindqvist',
    acct: 'marit',
    host: MY,
    age: '16h',
    at: 'Oct 14, 2025, 20:12',
    text: `${mention('perholm', MY)} Yes, the plan is a searchable index of every name in the ledger. I will post here when the first part is online.`,
    replies: 0,
  },
];
const icon = (title: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" height="24" viewBox="0 -960 960 960" width="24" class="icon icon-${title.toLowerCase()}"
role="img"><title>${title}</title></svg>`;
const content = (ps: readonly string[]): string =>
  `<div class="status__content status__content--with-action" tabindex="0"><div class="status__content__text status__content__text--visible translate"
lang="en">${ps.map((p) => `<p>${p}</p>`).join('')}</div></div>`;
const reply = (r: Reply, i: number): string => `<div tabindex="-1"><div class="status__wrapper status__wrapper-public focusable" tabindex="0">
<div class="status status-public status--in-thread" data-id="11331850${i}27114${i}90"><div class="status__line status__line--full"></div>
<div class="status__info"><a href="https://${r.host}/@${r.acct.split('@')[0]}/11331850${i}27114${i}90" class="status__relative-time" target="_blank"
rel="noopener noreferrer"><span class="status__visibility-icon">${icon('Public')}</span><time datetime="2025-10-14T15:0${i}:22.000Z"
title="${r.at}">${r.age}</time></a>
<a href="/@${r.acct}" title="@${r.acct}" class="status__display-name"><div class="status__avatar"><div class="account__avatar" style="width: 46px; height:
46px;">
<img src="https://${MY}/system/cache/accounts/avatars/${i}/original/a${i}.png" alt=""></div></div><span class="display-name"><bdi><strong
class="display-name__html">${r.name}</strong></bdi>
<span class="display-name__account">@${r.acct}</span></span></a></div>
${content([r.text])}
<div class="status__action-bar"><button type="button" aria-label="Reply" title="Reply" class="status__action-bar__button icon-button icon-button--with-counter">
<svg class="icon icon-reply" aria-hidden="true"></svg><span class="icon-button__counter"><span class="animated-number"><span style="position:
static;">${r.replies}</span></span></span>
</button><button type="button" aria-label="Boost" title="Boost" class="status__action-bar__button icon-button"><svg class="icon icon-retweet"
aria-hidden="true"></svg></button>
<button type="button" aria-label="Favorite" title="Favorite" class="status__action-bar__button star-icon icon-button"><svg class="icon icon-star"
aria-hidden="true"></svg></button>
<button type="button" aria-label="More" title="More" class="status__action-bar__button icon-button"><svg class="icon icon-ellipsis-h"
aria-hidden="true"></svg></button></div>
</div></div></div>`;
const mdFoot1 = ['About', 'Status', 'Profiles directory', 'Privacy policy'];
const mdFoot2 = ['Get the app', 'Keyboard shortcuts', 'View source code', 'v4.3.2'];
const mdBanner = 'A friendly home for people in and from the north of Sweden: local history, outdoor life and everyday things.';
const mdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta content="width=device-width, initial-scale=1" name="viewport">
<title>Marit Lindqvist: "Small win at the parish archive today: the 1916…" - Social Norrland</title>
<meta content="Social Norrland" property="og:site_name"><meta content="Marit Lindqvist (@marit@${MY})" property="og:title">
<meta content="${mdFirst}" property="og:description"><meta content="article" property="og:type">
<link href="https://${MY}/users/marit/statuses/113318409212334512" rel="alternate" type="application/activity+json">
<link rel="stylesheet" crossorigin="anonymous" href="/packs/css/common-7d54f8b2.css">
<script id="initial-state" type="application/json">{"meta":{"access_token":null,"locale":"en","domain":"${MY}","title":"Social Norrland",
"version":"4.3.2","limited_federation_mode":false,"mascot":null,"profile_directory":true,"registrations_open":true,"sso_redirect":null},
"compose":{"me":null},"accounts":{},"media_attachments":{"accept_content_types":["image/jpeg","image/png"]},"settings":{},"languages":[]}</script>
</head>
<body class="app-body theme-default no-reduce-motion"><div class="notranslate app-holder" data-props="{&quot;locale&quot;:&quot;en&quot;}" id="mastodon">
<div tabindex="-1"><div class="ui"><div class="columns-area__panels">
<div class="columns-area__panels__pane columns-area__panels__pane--compositional"><div class="columns-area__panels__pane__inner"><div class="compose-panel">
<div class="search"><label><span style="display: none;">Search</span><input class="search__input" type="text" placeholder="Search" aria-label="Search"
value=""></label></div>
<div class="server-banner"><div class="server-banner__introduction"><strong>${MY}</strong> is part of the decentralized social network powered by
<a href="https://joinmastodon.org" target="_blank" rel="noopener">Mastodon</a>.</div><img class="server-banner__hero"
src="/system/site_uploads/files/thumbnail.png" alt="">
<div class="server-banner__description">${mdBanner}</div><div class="server-banner__meta"><div class="server-banner__meta__column"><h4>Administered by:</h4>
<a class="account__display-name" href="/@elin"><span class="display-name"><bdi><strong class="display-name__html">Elin Nyberg</strong></bdi>
<span class="display-name__account">@elin</span></span></a></div><div class="server-banner__meta__column"><h4>Server stats:</h4>
<strong class="server-banner__number">2.1K</strong><br><span class="server-banner__number-label" title="Users active on this server during the last 30
days">active users</span>
</div></div></div><div class="flex-spacer"></div>
<div class="link-footer"><p><strong>${MY}</strong>: ${mdFoot1
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)
  .join('<span aria-hidden="true"> · </span>')}</p>
<p><strong>Mastodon</strong>: <a href="https://joinmastodon.org" target="_blank">About</a><span aria-hidden="true"> · </span>
${mdFoot2
  .slice(0, 3)
  .map((t) => `<a href="https://joinmastodon.org/apps">${t}</a>`)
  .join('<span aria-hidden="true"> · </span>')}
<span aria-hidden="true"> · </span><span class="version">v4.3.2</span></p></div></div></div></div>
<div class="columns-area__panels__main"><div class="tabs-bar__wrapper"><div id="tabs-bar__portal"></div></div><div class="columns-area columns-area--mobile">
<div role="region" aria-label="Post" class="column"><div class="column-header__wrapper"><h1 class="column-header"><div class="column-header__title">
<button class="column-header__back-button">${icon('Back')}<span class="column-back-button__label">Back</span></button></div></h1></div>
<div class="scrollable scrollable--flex"><div class="focusable" tabindex="0" aria-label="Marit Lindqvist, ${mdFirst}">
<div class="detailed-status__wrapper detailed-status__wrapper-public"><div class="detailed-status">
<a href="/@marit" class="detailed-status__display-name"><div class="detailed-status__display-avatar"><div class="account__avatar" style="width: 46px; height:
46px;">
<img src="https://${MY}/system/accounts/avatars/109/original/marit.png" alt=""></div></div><span class="display-name"><bdi>
<strong class="display-name__html">Marit Lindqvist</strong></bdi><span class="display-name__account">@marit</span></span></a>
${content([mdFirst, ...mdPost])}
<div class="media-gallery" style="aspect-ratio: 3 / 2;"><div class="media-gallery__item media-gallery__item--tall media-gallery__item--wide">
<a class="media-gallery__item-thumbnail" href="https://${MY}/system/media_attachments/files/113/318/ledger.jpg" target="_blank" rel="noopener noreferrer">
<img src="https://${MY}/system/media_attachments/files/113/318/small/ledger.jpg"
alt="A ledger page with a pencilled table of street names and water depths in inches." lang="en"></a>
<div class="media-gallery__item__badges"><button class="media-gallery__alt__label">ALT</button></div></div></div>
<div class="hashtag-bar"><a href="/tags/archives">#<span>archives</span></a><a href="/tags/LocalHistory">#<span>LocalHistory</span></a>
<a href="/tags/GLAM">#<span>GLAM</span></a></div>
<div class="detailed-status__meta"><div class="detailed-status__meta__line"><a class="detailed-status__datetime" href="https://${MY}/@marit/113318409212334512"
target="_blank" rel="noopener noreferrer"><time datetime="2025-10-14T14:42:07.000Z" title="Oct 14, 2025, 16:42">Oct 14, 2025, 16:42</time></a>·<span
class="detailed-status__visibility-icon">${icon('Public')}</span>·<button class="dropdown-menu__text-button">Edited Oct 14, 16:50 <svg class="icon
icon-caret-down"
aria-hidden="true"></svg></button></div><div class="detailed-status__meta__line"><a class="detailed-status__link" href="/@marit/113318409212334512/reblogs">
<span class="detailed-status__reblogs"><span class="animated-number"><span style="position: static;">18</span></span></span><span>boosts</span></a>·<a
class="detailed-status__link" href="/@marit/113318409212334512/favourites"><span class="detailed-status__favorites"><span class="animated-number"><span
style="position: static;">57</span></span></span><span>favorites</span></a></div></div></div></div>
<div class="detailed-status__action-bar"><div class="detailed-status__button"><button type="button" aria-label="Reply" title="Reply" class="icon-button">
<svg class="icon icon-reply" aria-hidden="true"></svg></button></div><div class="detailed-status__button"><button type="button" aria-label="Boost" title="Boost"
class="icon-button"><svg class="icon icon-retweet" aria-hidden="true"></svg></button></div><div class="detailed-status__button"><button type="button"
aria-label="Favorite" title="Favorite" class="icon-button"><svg class="icon icon-star" aria-hidden="true"></svg></button></div></div></div>
${mdReplies.map(reply).join('\n')}
</div></div></div></div>
<div class="columns-area__panels__pane columns-area__panels__pane--start columns-area__panels__pane--navigational"><div
class="columns-area__panels__pane__inner">
<div class="navigation-panel"><div class="navigation-panel__logo"><a class="column-link column-link--logo" href="/"><svg viewBox="0 0 261 66" class="logo
logo--wordmark"
role="img"><title>Mastodon</title></svg></a></div>
<a class="column-link column-link--transparent" href="/explore" title="Explore"><svg class="column-link__icon" aria-hidden="true"></svg><span>Explore</span></a>
<a class="column-link column-link--transparent" href="/public/local" title="Live feeds"><svg class="column-link__icon" aria-hidden="true"></svg><span>Live
feeds</span></a>
<div class="navigation-panel__sign-in-banner"><hr><div class="sign-in-banner"><p><strong>Mastodon is the best way to keep up with what's happening.</strong></p>
<p>Follow anyone across the fediverse and see it all in chronological order. No algorithms, ads, or clickbait in sight.</p>
<a href="/auth/sign_up" class="button button--block">Create account</a><a href="/auth/sign_in" class="button button--block
button-tertiary">Login</a></div></div>
<div class="navigation-panel__legal"><hr><a class="column-link column-link--transparent" href="/about" title="About"><span>About</span></a></div>
</div></div></div></div></div></div></div>
<noscript><img alt="Mastodon" src="/packs/media/images/logo.svg"><div>To use the Mastodon web application, please enable JavaScript. Alternatively, try one of
the
<a href="https://joinmastodon.org/apps">native apps</a> for Mastodon for your platform.</div></noscript>
</body></html>`;
const mastodonPost: TestPage = {
  html: mdHtml,
  name: 'heldout49-mastodon-post',
  kind: 'forum',
  // the post has no title of its own: its first paragraph is the title (and not repeated in the body); the rest of the post
  // and every reply are body, the replies' leading mentions included (they are the reply's first words); display names,
  // handles, the post's date, its "Edited" line and the replies' ages are bylines (each once); the hashtag bar (Mastodon moves
  // a trailing hashtag-only paragraph out of the text) is furniture, as tags are; the image's "ALT" badge, the "Public"
  // visibility icon titles, "boosts" and "favorites" (their numbers stand against them with no space), the server banner with
  // its admin, the sign-in banner, nav, link footers and the noscript notice are furniture; "Search", "About" and "Back" are
  // words of the body: left out
  title: mdFirst,
  headings: [],
  body: [...mdPost, ...texts(mdReplies.map((r) => r.text))],
  bylines: [
    'Marit Lindqvist',
    '@marit',
    'Oct 14, 2025, 16:42',
    'Edited Oct 14, 16:50',
    'Jonas Berg',
    '@jonasb@kulturarv.example',
    ...mdReplies.map((r) => r.age),
    'Ada Øverby',
    '@ada@glam.example',
    'Per Holm',
    '@perholm',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    MY, 'is part of the decentralized social network powered by', 'Mastodon', mdBanner, 'Administered by:', 'Elin Nyberg', '@elin',
    'Server stats:', '2.1K', 'active users', ...mdFoot1.slice(1), ...mdFoot2, 'ALT', '#archives', '#LocalHistory', '#GLAM', 'Public', 'boosts', 'favorites',
    'Explore', 'Live feeds', "Mastodon is the best way to keep up with what's happening.",
    'Follow anyone across the fediverse and see it all in chronological order. No algorithms, ads, or clickbait in sight.', 'Create account', 'Login',
    'To use the Mastodon web application, please enable JavaScript. Alternatively, try one of the native apps for Mastodon for your platform.',
  ],
};

export const HELDOUT49_B: readonly TestPage[] = [mastodonPost, blueskyPost];
