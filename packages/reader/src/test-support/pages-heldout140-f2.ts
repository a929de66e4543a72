import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 140, file f2: a Mastodon 4.4 post with its thread as a signed-out visitor saves the web app: the
 * <noscript> notice, the compose-side pane with the search box and the server banner (introduction, description,
 * "Administered by:", "Server stats:"), the post column whose h1 holds only the "Back" button (the page's title is the
 * document title Mastodon builds from the author and the first 30 characters), the detailed status with display name,
 * handle, media "ALT" badge, the hashtag bar, date, "Edited" line, boost / favorite counts and action buttons, the
 * author's own continuation posts and replies with mentions, relative times and reply counters, the navigation pane
 * with the sign-in banner, Explore / Live feeds / About, and the link footer with the version.
 */
const mdTitle = 'Ines Warrender: "Seed library update, year two.…"';
type Md = { name: string; acct: string; ago: string; paras: string[]; counter?: string };
const mdMain = [
  'Seed library update, year two. We now have 212 varieties in the drawers at Hebble Bridge Library, up from 80 last spring, and 41 of ' +
    'them were saved and returned by borrowers. That was the whole idea and I am honestly a bit emotional about it.',
  'Most returned: runner beans, calendula and a purple climbing French bean that nobody can agree on the name of. Least returned: ' +
    'anything in the cabbage family, which cross so freely that we ask people not to save them. 🧵',
];
const mdTags = ['#seedlibrary', '#gardening', '#libraries'];
const mdThread: Md[] = [
  {
    name: 'Ines Warrender',
    acct: '@ines',
    ago: '2d',
    counter: '1',
    paras: [
      'Things that worked: a one-page sheet on saving seed for each crop, a box of paper envelopes and a stamp by the door, and a “grown ' +
        'here” label so people can see which seeds came back from local gardens. Things that did not: asking for germination reports. ' +
        'Nobody sent one. 2/3',
    ],
  },
  {
    name: 'Ines Warrender',
    acct: '@ines',
    ago: '2d',
    paras: [
      'Next year we want to run two swap evenings, one in February and one after harvest, and find a second library in the borough ' +
        'willing to host a drawer. If you run something similar and have advice on the paperwork side, I would love to hear it. 3/3',
    ],
  },
  {
    name: 'Ruth Oyelaran',
    acct: '@ruth@allotment.example',
    ago: '2d',
    counter: '1',
    paras: [
      '@ines This is lovely. Our library tried the same and the envelopes kept running out. We moved to little jam jars with a scoop and it ' +
        'is much tidier, and people bring the jars back.',
    ],
  },
  {
    name: 'Ines Warrender',
    acct: '@ines',
    ago: '2d',
    paras: ['@ruth Jam jars is a brilliant idea, and it solves the problem of seeds escaping from the envelopes in the drawer too. Stealing it.'],
  },
  {
    name: 'Tomasz Krall 🌱',
    acct: '@tkrall@fosstodon.example',
    ago: '1d',
    paras: [
      '@ines For the paperwork side: we wrote a one-paragraph disclaimer saying the seeds are shared in good faith and not tested, and our ' +
        'council was happy with that. Happy to send you the wording.',
    ],
  },
  {
    name: 'Ines Warrender',
    acct: '@ines',
    ago: '1d',
    paras: [
      '@tkrall Yes please, that would save us weeks of back and forth. I will send you a message. And thank you all, I did not expect this ' +
        'many replies. I will post an update after the February swap evening, with photos of the jam jars.',
    ],
  },
];
const mdNoscript = 'To use the Mastodon web application, please enable JavaScript. Alternatively, try one of the native apps for Mastodon for your platform.';
const mdIntro = 'toot.example is part of the decentralized social network powered by Mastodon.';
const mdDesc = 'A friendly server for gardeners, growers and allotment folk in the north of England. Run by volunteers.';
const mdBanner = [
  'Mastodon is the best way to keep up with what’s happening.',
  'Follow anyone across the fediverse and see it all in chronological order. No algorithms, ads, or clickbait in sight.',
];
const mdHandle = (
  m: Md,
): string => `<span class="display-name"><bdi><strong class="display-name__html">${m.name}</strong></bdi> <span class="display-name__account">${m.acct}
</span></span>`;
const mdPs = (ps: readonly string[]): string =>
  ps
    .map(
      (p) =>
        `<p>${p.replace(
          /@(ines|ruth|tkrall)\b/,
          (_, u: string) =>
            `<span class="h-card" translate="no"><a href="https://${u === 'ines' ? 'toot' : u === 'ruth' ? 'allotment' : 'fosstodon'}.example/@${u}"
class="u-url mention">@<span>${u}</span></a></span>`,
        )}</p>`,
    )
    .join('');
const mdBar = (
  counter?: string,
): string => `<div class="status__action-bar"><button type="button" aria-label="Reply" title="Reply" class="status__action-bar__button
icon-button icon-button--with-counter"><svg class="icon icon-reply" aria-hidden="true"></svg>${
  counter
    ? `<span class="icon-button__counter"><span class="animated-number">
<span style="position: static;"><span>${counter}</span></span></span></span>`
    : ''
}</button><button type="button" aria-label="Boost" title="Boost" class="status__action-bar__button
icon-button"></button><button type="button" aria-label="Favorite" title="Favorite" class="status__action-bar__button star-icon icon-button"></button><button
type="button"
aria-label="More" title="More" class="status__action-bar__button icon-button"></button></div>`;
const mdStatus = (m: Md, i: number): string => `<div tabindex="-1"><div class="status__wrapper status__wrapper-public focusable" tabindex="0"
aria-label="${m.name}, ${m.paras[0]?.slice(0, 40)}"><div class="status status-public status--in-thread${i < 2 ? ' status--first-in-thread' : ''}"
data-id="11349${i}"><div
class="status__info"><a href="https://toot.example/@ines/11349${i}" class="status__relative-time" target="_blank" rel="noopener noreferrer"><span
class="status__visibility-icon"><svg class="icon icon-globe" aria-hidden="true"></svg></span><time datetime="2025-11-03T14:5${i}:00.000Z" title="Nov 03, 2025,
14:5${i}">${m.ago}
</time></a><a href="https://toot.example/${m.acct.replace(/@toot\.example$/, '')}" title="${m.acct}" class="status__display-name" target="_blank"
rel="noopener noreferrer">
<div class="status__avatar"><div class="account__avatar" style="width: 46px; height: 46px;"><img src="https://files.toot.example/accounts/avatars/${i}.png"
alt=""></div></div>
${mdHandle(m)}</a></div><div class="status__content status__content--with-action" tabindex="0"><div class="status__content__text
status__content__text--visible translate"
lang="en">${mdPs(m.paras)}</div></div>${mdBar(m.counter)}</div></div></div>`;
const mdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta content="width=device-width, initial-scale=1" name="viewport">
<link rel="icon" href="/favicon.ico" type="image/x-icon"><link rel="manifest" href="/manifest"><meta content="#191b22" name="theme-color">
<title>${mdTitle} - toot.example</title><meta name="robots" content="all"><link rel="canonical" href="https://toot.example/@ines/113490218877104512">
<meta content="Ines Warrender (@ines@toot.example)" property="og:title"><meta content="article" property="og:type"><meta content="toot.example"
property="og:site_name">
<meta content="${mdMain[0]}" name="description"><meta content="2025-11-03T14:22:10Z" property="og:published_time"><meta content="summary_large_image"
property="twitter:card">
<link href="https://toot.example/api/oembed?format=json&amp;url=https%3A%2F%2Ftoot.example%2F%40ines%2F113490218877104512" rel="alternate"
type="application/json+oembed">
<link href="https://toot.example/users/ines/statuses/113490218877104512" rel="alternate" type="application/activity+json">
<link rel="stylesheet" crossorigin="anonymous" href="/packs/css/application-5ec2f2a6.css"><script src="/packs/js/common-3b8d2f.js" crossorigin="anonymous"
type="module"></script>
<script id="initial-state" type="application/json">{"meta":{"access_token":null,"locale":"en","domain":"toot.example","title":"toot.example","version":"4.4.1",
"limited_federation_mode":false,"mascot":null,"sso_redirect":null},"compose":{"text":""},"accounts":{},"media_attachments":{"accept_content_types":[]},
"settings":{}}</script>
</head>
<body class="app-body theme-default no-reduce-motion"><div class="notranslate app-holder" id="mastodon" data-props="{&quot;locale&quot;:&quot;en&quot;}"><div
tabindex="-1"><div class="ui" role="application"><div class="columns-area__panels"><div class="columns-area__panels__pane
columns-area__panels__pane--compositional"><div
class="columns-area__panels__pane__inner"><div class="compose-panel"><div class="search"><label><span style="display: none;">Search</span><input
class="search__input"
type="text" placeholder="Search" aria-label="Search" value=""></label></div><div class="server-banner"><div
class="server-banner__introduction"><strong>toot.example</strong> is
part of the decentralized social network powered by <a href="https://joinmastodon.org" target="_blank" rel="noopener">Mastodon</a>.</div><a href="/about"><img
class="server-banner__hero" src="https://files.toot.example/site_uploads/thumbnail.png" alt=""></a><div class="server-banner__description">${mdDesc}</div><div
class="server-banner__meta"><div class="server-banner__meta__column"><h4>Administered by:</h4><div class="account account--minimal"><a
class="account__display-name"
href="/@hattie"><div class="account__avatar-wrapper"><div class="account__avatar" style="width: 36px; height: 36px;"><img src="/avatars/h.png"
alt=""></div></div><span
class="display-name"><bdi><strong class="display-name__html">Hattie Rowe</strong></bdi> <span
class="display-name__account">@hattie</span></span></a></div></div><div
class="server-banner__meta__column"><h4>Server stats:</h4><strong class="server-banner__number">2.1K</strong><br><span class="server-banner__number-label"
title="Users active on this server during the last 30 days (Monthly Active Users)">active users</span></div></div></div></div></div></div>
<div class="columns-area__panels__main"><div class="tabs-bar__wrapper"><div id="tabs-bar__portal"></div></div><div class="columns-area
columns-area--mobile"><div
role="region" aria-label="Post" class="column"><div class="column-header__wrapper"><h1 class="column-header"><button class="column-header__back-button"><svg
class="icon icon-chevron-left column-back-button__icon" aria-hidden="true"></svg>Back</button><div class="column-header__buttons"><button
class="column-header__button"
title="Hide all" aria-label="Hide all"></button></div></h1></div><div class="scrollable" tabindex="0">
<div class="focusable detailed-status__wrapper detailed-status__wrapper-public" tabindex="0" aria-label="Ines Warrender, ${mdMain[0]?.slice(0, 40)}"><div
style="--thread-margin: 0px;"><div class="detailed-status" data-status-by="@ines"><a class="detailed-status__display-name" href="/@ines"><div
class="detailed-status__display-avatar"><div class="account__avatar" style="width: 46px; height: 46px;"><img
src="https://files.toot.example/accounts/avatars/ines.png"
alt=""></div></div>${mdHandle({ name: 'Ines Warrender', acct: '@ines', ago: '', paras: [] })}</a><div class="status__content status__content--with-action"
tabindex="0"><div
class="status__content__text status__content__text--visible translate" lang="en">${mdMain.map((p) => `<p>${p}</p>`).join('')}</div></div><div
class="media-gallery"
style="aspect-ratio: 3 / 2;"><div class="media-gallery__item standalone"><a class="media-gallery__item-thumbnail"
href="https://files.toot.example/media/original/drawers.jpg"
target="_blank"><img src="https://files.toot.example/media/small/drawers.jpg" alt="Wooden card-catalogue drawers labelled with vegetable names, one pulled
open to show
paper seed envelopes." lang="en"></a><div class="media-gallery__item__badges"><button class="media-gallery__alt__label">ALT</button></div></div></div><div
class="hashtag-bar">${mdTags.map((t) => `<a href="/tags/${t.slice(1)}">${t}</a>`).join('')}</div><div class="detailed-status__meta"><div
class="detailed-status__meta__line"><a
class="detailed-status__datetime" href="https://toot.example/@ines/113490218877104512" target="_blank" rel="noopener noreferrer"><time
dateTime="2025-11-03T14:22:10.000Z"
title="Nov 03, 2025, 14:22">Nov 3, 2025, 14:22</time></a>·<button class="dropdown-menu__text-button">Edited Nov 3, 2025, 14:31</button>·<span
class="detailed-status__visibility-icon"><svg class="icon icon-globe" aria-hidden="true"></svg></span></div><div class="detailed-status__meta__line"><a
href="/@ines/113490218877104512/reblogs" class="detailed-status__link"><span class="detailed-status__reblogs"><span class="animated-number"><span
style="position: static;">
<span>58</span></span></span></span> <span>boosts</span></a>·<a href="/@ines/113490218877104512/favourites" class="detailed-status__link"><span
class="detailed-status__favorites"><span class="animated-number"><span style="position: static;"><span>214</span></span></span></span>
<span>favorites</span></a></div></div>
</div><div class="detailed-status__action-bar"><div class="detailed-status__button"><button type="button" aria-label="Reply" title="Reply"
class="icon-button"></button></div>
<div class="detailed-status__button"><button type="button" aria-label="Boost" title="Boost" class="icon-button"></button></div><div
class="detailed-status__button"><button
type="button" aria-label="Favorite" title="Favorite" class="icon-button"></button></div><div class="detailed-status__button"><button type="button"
aria-label="More"
title="More" class="icon-button"></button></div></div></div></div>
${mdThread.map(mdStatus).join('\n')}
</div></div></div></div>
<div class="columns-area__panels__pane columns-area__panels__pane--start columns-area__panels__pane--navigational"><div
class="columns-area__panels__pane__inner"><div
class="navigation-panel"><div class="navigation-panel__logo"><a class="column-link column-link--logo" href="/explore"><svg viewBox="0 0 261 66" class="logo
logo--wordmark"><title>Mastodon</title></svg></a></div><div class="navigation-panel__sign-in-banner"><div
class="sign-in-banner"><p><strong>${mdBanner[0]}</strong></p>
<p>${mdBanner[1]}</p><a href="/auth/sign_up" class="button button--block">Create account</a><a href="/auth/sign_in" class="button button--block
button-tertiary">Login</a>
</div></div><a class="column-link column-link--transparent" href="/explore"><svg class="icon column-link__icon"
aria-hidden="true"></svg><span>Explore</span></a><a
class="column-link column-link--transparent" href="/public/local"><svg class="icon column-link__icon" aria-hidden="true"></svg><span>Live feeds</span></a><div
class="navigation-panel__legal"><hr><a class="column-link column-link--transparent" href="/about"><span>About</span></a></div><div
class="flex-spacer"></div><div
class="link-footer"><p><strong>toot.example</strong>: <a href="/about">About</a> · <a href="/directory">Profiles directory</a> · <a
href="/privacy-policy">Privacy
policy</a></p><p><strong>Mastodon</strong>: <a href="https://joinmastodon.org" target="_blank">About</a> · <a href="https://joinmastodon.org/apps"
target="_blank">Get the
app</a> · <a href="/keyboard-shortcuts">Keyboard shortcuts</a> · <a href="https://github.com/mastodon/mastodon" rel="noopener noreferrer" target="_blank">View
source code</a> ·
<span class="version">v4.4.1</span></p></div></div></div></div></div></div></div></div>
<noscript><img alt="Mastodon" src="/avatars/original/missing.png"><div>To use the Mastodon web application, please enable JavaScript. Alternatively, try one
of the <a
href="https://joinmastodon.org/apps">native apps</a> for Mastodon for your platform.</div></noscript>
<div class="logo-resources" aria-hidden="true" inert tabindex="-1"></div><div id="modal-container"></div></body></html>`;
export const mastodon: TestPage = {
  html: mdHtml,
  name: 'heldout140-mastodon-post-replies',
  kind: 'forum',
  // the title is the document title (the h1 holds only "Back"); the post, its continuations and the replies (with their
  // @mentions) are body; display names, handles, times and the "Edited" line are bylines; the hashtag bar (the post's
  // trailing hashtags, moved out of the text by Mastodon), the ALT badge, counts, panes and footer are furniture
  title: mdTitle,
  headings: [],
  body: texts([...mdMain, ...mdThread.flatMap((m) => m.paras)]),
  bylines: [...new Set(mdThread.flatMap((m) => [m.name, m.acct])), 'Ines Warrender', 'Nov 3, 2025, 14:22', 'Edited Nov 3, 2025, 14:31', '2d', '1d'].filter(
    (x, i, a) => a.indexOf(x) === i,
  ),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', mdIntro, mdDesc, 'Administered by:', 'Hattie Rowe', '@hattie', 'Server stats:', '2.1K', 'active users', 'Back', 'ALT', ...mdTags, '58 boosts',
    '214 favorites', ...mdBanner, 'Create account', 'Login', 'Explore', 'Live feeds', 'About', 'Profiles directory', 'Privacy policy', 'Get the app',
    'Keyboard shortcuts', 'View source code', 'v4.4.1', 'Mastodon', mdNoscript,
  ],
};
