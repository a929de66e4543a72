import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 31, file d2: a Mastodon 4.4 thread page saved from the web app (the logged-out navigation panel with the
 * wordmark, Explore, Live feeds, the sign-in banner and About, the column header with "Back", the focused status in its
 * detailed form with full handle, date, visibility and boost / favorite counts, the author's own continuation posts and
 * replies from several servers as compact statuses with relative dates, handles, mention and hashtag links and action
 * bars, the server banner with "Administered by" and stats, the link footer with the version, the noscript notice and the
 * initial-state JSON).
 */
interface MdStatus {
  id: string;
  name: string;
  acct: string;
  time: string;
  title: string;
  replies: string;
  html: string;
}
const mention = (user: string, host: string): string =>
  `<span class="h-card" translate="no"><a href="https://${host}/@${user}" class="u-url mention">@<span>${user}</span></a></span>`;
const tag = (t: string): string => `<a href="https://fjord.social/tags/${t}" class="mention hashtag" rel="tag">#<span>${t}</span></a>`;
const mdFirst =
  'Small local history win: after two years of asking, the parish council has let us scan the complete run of the Halsvik ' +
  'Tidende, our village paper from 1921 to 1987. That is about 3,400 issues, most of them never microfilmed. 🧵 1/4';
const mdStatuses: MdStatus[] = [
  {
    id: '115301442871200318',
    name: 'Ingrid Holm',
    acct: 'ingrid',
    time: 'Oct 2',
    title: 'Oct 2, 2025, 08:19',
    replies: '0',
    html:
      'The plan is simple and slow. Two volunteers, a borrowed book scanner with a V-shaped cradle so we do not crack the spines, and ' +
      'a shared spreadsheet that records every issue we touch. We aim for forty issues a week, which gets us to the end some time in ' +
      '2027. 2/4',
  },
  {
    id: '115301460019874425',
    name: 'Ingrid Holm',
    acct: 'ingrid',
    time: 'Oct 2',
    title: 'Oct 2, 2025, 08:23',
    replies: '0',
    html:
      'The bit I am most excited about is the small ads. Births, lost cows, a man in 1934 selling “a nearly new bicycle, one careful ' +
      'owner, the owner now deceased”. Nobody indexes those, and they are where the ordinary lives are. 3/4',
  },
  {
    id: '115301477310552019',
    name: 'Ingrid Holm',
    acct: 'ingrid',
    time: 'Oct 2',
    title: 'Oct 2, 2025, 08:27',
    replies: '1+',
    html:
      'Everything will go up under an open licence on the library site, with OCR text that volunteers can correct. If you have done a ' +
      `project like this and have advice about OCR for old Norwegian type, I would love to hear it. 4/4 ${tag('LocalHistory')} ${tag('Archives')}`,
  },
  {
    id: '115301533842019877',
    name: 'Per Bakken',
    acct: 'perb@norrsken.example',
    time: 'Oct 2',
    title: 'Oct 2, 2025, 08:41',
    replies: '1',
    html:
      `${mention('ingrid', 'fjord.social')} This is wonderful. For Fraktur and the older blackletter headings, the OCR models trained on ` +
      'the national library’s newspaper collection did far better for us than anything general-purpose. Happy to share our settings.',
  },
  {
    id: '115301561277730144',
    name: 'Ingrid Holm',
    acct: 'ingrid',
    time: 'Oct 2',
    title: 'Oct 2, 2025, 08:48',
    replies: '0',
    html:
      `${mention('perb', 'norrsken.example')} Yes please! Our first test pages came out as about sixty percent gibberish, so anything ` +
      'that helps with the headings would save our volunteers a lot of correcting.',
  },
  {
    id: '115301590066112730',
    name: 'Aiko Tanabe',
    acct: 'aiko@glammr.example',
    time: 'Oct 2',
    title: 'Oct 2, 2025, 08:55',
    replies: '0',
    html:
      `${mention('ingrid', 'fjord.social')} Seconding the small ads. We found that a simple tag for the kind of ad (sale, lost, wanted, ` +
      'notice) made them findable long before the OCR was good enough to search the text itself.',
  },
  {
    id: '115302004981377052',
    name: 'Marta Solberg',
    acct: 'marta',
    time: 'Oct 2',
    title: 'Oct 2, 2025, 10:41',
    replies: '0',
    html:
      `${mention('ingrid', 'fjord.social')} My grandfather placed the ad for his bakery in that paper every week for forty years. I ` +
      'cannot wait to see it. Let me know if you need a third pair of hands on Saturdays.',
  },
];
const mdIcon = (name: string): string => `<svg xmlns="http://www.w3.org/2000/svg" height="24" viewBox="0 -960 960 960" width="24" class="icon icon-${name}"
 aria-hidden="true"><path d="M760-200v-160q0-50-35-85t-85-35H273l144 144-57 56-240-240 240-240 57 56-144 144h367q83 0 141.5 58.5T840-360v160h-80Z">
</path></svg>`;
const mdBar = (replies: string): string => `<div class="status__action-bar"><div class="status__action-bar__button-wrapper"><button type="button"
 aria-label="Reply" title="Reply" class="status__action-bar__button icon-button icon-button--with-counter">${mdIcon('reply')}<span class="icon-button__counter">
<span class="animated-number"><span style="position: static;"><span>${replies}</span></span></span></span></button></div><div
 class="status__action-bar__button-wrapper"><button type="button" aria-label="Boost" title="Boost" class="status__action-bar__button
 icon-button">${mdIcon('retweet')}</button></div><div class="status__action-bar__button-wrapper"><button type="button" aria-label="Favorite"
 title="Favorite" class="status__action-bar__button star-icon icon-button">${mdIcon('star')}</button></div><div class="status__action-bar__button-wrapper">
<button type="button" aria-label="Bookmark" title="Bookmark" class="status__action-bar__button bookmark-icon icon-button">${mdIcon('bookmark')}</button>
</div><div class="status__action-bar__button-wrapper"><button type="button" aria-label="More" title="More" class="status__action-bar__button
 icon-button">${mdIcon('ellipsis-h')}</button></div></div>`;
const mdStatus = (s: MdStatus, i: number): string => `<div class="status__wrapper status__wrapper-public focusable" tabindex="0" aria-label="${s.name},
 ${s.html.replace(/<[^>]+>/g, '').slice(0, 60)}…, ${s.time}, ${s.acct}"><div class="status status-public${
   s.acct === 'ingrid' && i < 3 ? ' status--in-thread status--first-in-thread' : ''
 }" data-id="${s.id}"><div class="status__info"><a href="https://fjord.social/@${s.acct}/${s.id}" class="status__relative-time" target="_blank"
 rel="noopener noreferrer"><span class="status__visibility-icon">${mdIcon('globe')}</span><time datetime="2025-10-02T06:${s.title.slice(-2)}:00.000Z"
 title="${s.title}">${s.time}</time></a><a href="/@${s.acct}" title="@${s.acct}" class="status__display-name" target="_blank" rel="noopener noreferrer">
<div class="status__avatar"><div class="account__avatar" style="width: 46px; height: 46px;"><img src="/system/accounts/avatars/${s.id.slice(-6)}.png"
 alt=""></div></div><span class="display-name"><bdi><strong class="display-name__html">${s.name}</strong></bdi> <span
 class="display-name__account">@${s.acct}</span></span></a></div><div class="status__content status__content--with-action" tabindex="0"><div
 class="status__content__text status__content__text--visible translate" lang="en"><p>${s.html}</p></div></div>${mdBar(s.replies)}</div></div>`;
const mdTitleText = `${mdFirst.slice(0, 49)}…`;
const mdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ingrid Holm: "${mdTitleText}" - Fjord Social</title>
<meta content="Ingrid Holm (@ingrid@fjord.social)" property="og:title"><meta content="${mdFirst}" property="og:description">
<meta content="article" property="og:type"><link href="https://fjord.social/@ingrid/115301420554810027" rel="canonical">
<script id="initial-state" type="application/json">{"meta":{"access_token":null,"activity_api_enabled":true,"domain":"fjord.social",
"limited_federation_mode":false,"locale":"en","mascot":null,"profile_directory":true,"registrations_open":true,"repository":"mastodon/mastodon",
"search_enabled":true,"single_user_mode":false,"source_url":"https://github.com/mastodon/mastodon","sso_redirect":null,"status_page_url":null,
"streaming_api_base_url":"wss://fjord.social","title":"Fjord Social","trends_as_landing_page":true,"version":"4.4.3"},"compose":{"text":""},
"accounts":{},"media_attachments":{"accept_content_types":[]},"settings":{},"languages":[["en","English","English"],["nb","Norwegian","Norsk"]]}</script>
</head><body class="app-body theme-mastodon-light custom-scrollbars no-reduce-motion"><div class="notranslate app-holder" id="mastodon"
 data-props="{&quot;locale&quot;:&quot;en&quot;}"><div class="ui" tabindex="-1"><div class="columns-area__panels"><div
 class="columns-area__panels__pane columns-area__panels__pane--compositional"><div class="columns-area__panels__pane__inner"><div class="compose-panel">
<div class="search"><label><span style="display: none;">Search</span><input class="search__input" type="text" placeholder="Search or paste URL"
 aria-label="Search or paste URL" value=""></label></div><div class="server-banner"><div class="server-banner__introduction"><strong>fjord.social</strong>
 is part of the decentralized social network powered by <a href="https://joinmastodon.org" target="_blank" rel="noopener">Mastodon</a>.</div><img
 src="/system/site_uploads/files/000/000/001/original/banner.jpg" alt="" class="server-banner__hero"><div class="server-banner__description">A friendly
 server for western Norway and for anyone who loves it. Moderated in Norwegian and English.</div><div class="server-banner__meta"><div
 class="server-banner__meta__column"><h4>Administered by:</h4><div class="account account--minimal"><div class="account__display-name"><span
 class="display-name"><bdi><strong class="display-name__html">Fjord Social Admin</strong></bdi> <span class="display-name__account">@admin</span></span>
</div></div></div><div class="server-banner__meta__column"><h4>Server stats:</h4><strong class="server-banner__number">2.9K</strong><br><span
 class="server-banner__number-label" title="Monthly active users">active users</span></div></div></div><div class="link-footer"><p><strong>fjord.social
</strong>: <a href="/about">About</a><span aria-hidden="true"> · </span><a href="/directory">Profiles directory</a><span aria-hidden="true"> · </span><a
 href="/privacy-policy">Privacy policy</a></p><p><strong>Mastodon</strong>: <a href="https://joinmastodon.org" target="_blank">About</a><span
 aria-hidden="true"> · </span><a href="https://joinmastodon.org/apps" target="_blank">Get the app</a><span aria-hidden="true"> · </span><a
 href="/keyboard-shortcuts">Keyboard shortcuts</a><span aria-hidden="true"> · </span><a href="https://github.com/mastodon/mastodon" rel="noopener"
 target="_blank">View source code</a><span aria-hidden="true"> · </span><span class="version">v4.4.3</span></p></div></div></div></div>
<div class="columns-area__panels__main"><div class="columns-area columns-area--mobile"><div class="column" role="region" aria-label="Post">
<div class="column-header__wrapper"><h1 class="column-header"><button class="column-header__back-button" type="button">${mdIcon('chevron-left')}<span
 class="column-header__back-button__label">Back</span></button></h1></div><div class="scrollable item-list" tabindex="-1"><div class="focusable
 detailed-status__wrapper detailed-status__wrapper-public" tabindex="0" aria-label="Ingrid Holm, ${mdFirst.slice(0, 60)}…"><div class="detailed-status
 detailed-status-public" data-status-by="@ingrid"><a href="/@ingrid" data-hover-card-account="10927" class="detailed-status__display-name"><div
 class="detailed-status__display-avatar"><div class="account__avatar" style="width: 46px; height: 46px;"><img src="/system/accounts/avatars/871203.png"
 alt=""></div></div><span class="display-name"><bdi><strong class="display-name__html">Ingrid Holm</strong></bdi><span class="display-name__account">
@ingrid@fjord.social</span></span></a><div class="status__content"><div class="status__content__text status__content__text--visible translate"
 lang="en"><p>${mdFirst}</p></div></div><div class="detailed-status__meta"><div class="detailed-status__meta__line"><a class="detailed-status__datetime"
 href="https://fjord.social/@ingrid/115301420554810027" target="_blank" rel="noopener noreferrer"><time datetime="2025-10-02T06:14:00.000Z"
 title="Oct 2, 2025, 08:14">Oct 2, 2025, 08:14</time></a>·<span class="detailed-status__visibility-icon">${mdIcon('globe')}</span></div><div
 class="detailed-status__meta__line"><a href="/@ingrid/115301420554810027/reblogs" class="detailed-status__link"><span class="detailed-status__reblogs">
<span class="animated-number"><span style="position: static;"><span>48</span></span></span></span> boosts</a>·<a href="/@ingrid/115301420554810027/favourites"
 class="detailed-status__link"><span class="detailed-status__favorites"><span class="animated-number"><span style="position: static;"><span>112</span>
</span></span></span> favorites</a></div></div></div>${mdBar('1+')}</div>
${mdStatuses.map(mdStatus).join('\n')}
</div></div></div></div><div class="columns-area__panels__pane columns-area__panels__pane--start columns-area__panels__pane--navigational"><div
 class="columns-area__panels__pane__inner"><div class="navigation-panel"><div class="navigation-panel__logo"><a class="column-link column-link--logo"
 href="/"><svg viewBox="0 0 261 66" class="logo logo--wordmark"><title>Mastodon</title><use href="#logo-symbol-wordmark"></use></svg></a></div><div
 class="navigation-panel__menu"><a class="column-link column-link--transparent" href="/explore" title="Explore">${mdIcon('explore')}<span>Explore</span></a>
<a class="column-link column-link--transparent" href="/public/local" title="Live feeds">${mdIcon('globe')}<span>Live feeds</span></a><div
 class="navigation-panel__sign-in-banner"><div class="sign-in-banner"><p><strong>Log in to follow profiles or hashtags, favorite, share and reply to
 posts.</strong> You can also interact from your account on a different server.</p><a href="/auth/sign_up" class="button button--block">Create account
</a><a href="/auth/sign_in" class="button button--block button-tertiary">Login</a></div></div><a class="column-link column-link--transparent" href="/about"
 title="About">${mdIcon('ellipsis-h')}<span>About</span></a></div></div></div></div></div></div></div>
<noscript><img alt="Mastodon" src="/oops.png"><div>To use the Mastodon web application, please enable JavaScript. Alternatively, try one of the <a
 href="https://joinmastodon.org/apps">native apps</a> for Mastodon for your platform.</div></noscript></body></html>`;
const mdAccts = [...new Set(mdStatuses.map((s) => s.acct).filter((a) => a !== 'ingrid'))].map((a) => `@${a}`);
export const mastodonThread: TestPage = {
  html: mdHtml,
  name: 'heldout31-mastodon-thread',
  kind: 'forum',
  // a thread of posts has no title: the gold title is the quoted opening in <title>, without the poster's name (a byline)
  // and the server name; the focused post, the author's three continuation posts and the four replies are body (mentions and
  // hashtags are words of the posts); display names, the handles ("@ingrid@fjord.social", "@perb@norrsken.example", "@marta")
  // and dates ("Oct 2, 2025, 08:14", "Oct 2") are bylines, but the bare "@ingrid" is left out: it is a mention in three
  // replies; boost and favorite counts, reply counters, "Back", the search box label, server banner, link footer, the
  // navigation panel with the sign-in banner, the wordmark's "Mastodon" and the noscript notice are furniture; words of the
  // posts are left out: "Search" (the hidden label), "About" (footer and nav) and the reply counter "1+" ("1/4")
  title: mdTitleText,
  headings: [],
  body: texts([mdFirst, ...mdStatuses.map((s) => s.html)]),
  bylines: ['Ingrid Holm', '@ingrid@fjord.social', 'Oct 2, 2025, 08:14', 'Oct 2', 'Per Bakken', 'Aiko Tanabe', 'Marta Solberg', ...mdAccts],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'fjord.social', 'is part of the decentralized social network powered by', 'Mastodon',
    'A friendly server for western Norway and for anyone who loves it. Moderated in Norwegian and English.', 'Administered by:', 'Fjord Social Admin',
    '@admin', 'Server stats:', '2.9K', 'active users', 'Profiles directory', 'Privacy policy', 'Get the app', 'Keyboard shortcuts',
    'View source code', 'v4.4.3', 'Back', '48', 'boosts', '112', 'favorites', 'Explore', 'Live feeds',
    'Log in to follow profiles or hashtags, favorite, share and reply to posts.', 'You can also interact from your account on a different server.',
    'Create account', 'Login', 'To use the Mastodon web application, please enable JavaScript.',
  ],
};
