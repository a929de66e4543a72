import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout272-kit.js';
import { hnItem } from './pages-heldout272-e2.js';

/**
 * Held-out batch 272, file e: a Mastodon thread page in the web app's markup (the "Post" column header, the detailed status
 * of the thread's first post with display name, account handle, time, visibility and boost / favorite counts, the author's
 * own follow-up posts and replies from others as status-reply articles with relative times and action bars, the logged-out
 * sign-in banner, the navigation panel with trends, and the link footer).
 */
const mTitle = 'Three winters of running a tool library from a church basement: a thread 🧵';
const mPosts = [
  [
    j(
      'We lend drills, ladders, sewing machines and about four hundred other things to anyone in the parish with a library card.',
      'Nobody has ever asked for a deposit back, because we never ask for one. Here is what surprised us most.',
    ),
  ],
  [
    j(
      'The most borrowed item is not the power drill. It is the carpet cleaner, every single month, followed by the wallpaper',
      'steamer and the long ladder. People need the big, expensive, rarely used things, not the things they could buy for a tenner.',
    ),
  ],
  [
    j(
      'Late returns were a worry at the start. In practice about one loan in thirty comes back late, and almost always with an',
      'apology and a tin of biscuits. We send one friendly reminder and leave it at that.',
    ),
    j('Breakages are rarer still. A volunteer who used to be an electrician checks every power tool when it comes back.'),
  ],
  [
    j(
      'If you want to start one: find a free room first, then a volunteer who likes spreadsheets, then the tools. Donations will',
      'arrive faster than you can shelve them once people hear about it.',
    ),
  ],
];
const mReplies = [
  [
    j(
      'We run something similar in a converted bus shelter and the carpet cleaner is our top item too. Did you find a good way to',
      'book the popular things so the same few households do not keep them all spring?',
    ),
  ],
  [
    j(
      'We cap bookings at one week and keep a paper waiting list on the door. Old-fashioned, but it is the one system everyone',
      'understands, including the people who are not online at all.',
    ),
  ],
  [
    j(
      'The waiting list on paper is a good call. We tried an online booking form first and it mostly served the people who',
      'needed the tools least, while the pensioners on our street kept phoning the volunteers instead.',
    ),
  ],
  [j('Saving this thread for our residents&#39; association. The point about the room coming first is exactly where we got stuck.')],
];
const people = [
  ['Hedda Lorrimer', '@hedda@parish.social', '3h'],
  ['Hedda Lorrimer', '@hedda@parish.social', '3h'],
  ['Hedda Lorrimer', '@hedda@parish.social', '3h'],
  ['Hedda Lorrimer', '@hedda@parish.social', '3h'],
  ['Benedek Arrow', '@benarrow@toot.cooperative.example', '2h'],
  ['Hedda Lorrimer', '@hedda@parish.social', '2h'],
  ['Benedek Arrow', '@benarrow@toot.cooperative.example', '1h'],
  ['Yusra Penhallow', '@yusra@fjord.town', '47m'],
];
const mNav = ['Explore', 'Live feeds', 'About'];
const mFoot = ['Status', 'Profiles directory', 'Privacy policy', 'Get the app', 'Keyboard shortcuts', 'View source code'];
const mTrends = ['#RepairCafe', '#ToolLibrary', '#SeedSwap'];
const acct = (name: string, handle: string): string => `<span class="display-name"><bdi><strong class="display-name__html">${name}</strong></bdi>
<span class="display-name__account">${handle}</span></span>`;
const bar = `<div class="status__action-bar"><button type="button" aria-label="Reply" title="Reply" class="status__action-bar__button icon-button"></button>
<button type="button" aria-label="Boost" title="Boost" class="status__action-bar__button icon-button"></button><button type="button"
aria-label="Favorite" title="Favorite" class="status__action-bar__button icon-button"></button><button type="button" aria-label="Bookmark"
class="status__action-bar__button icon-button"></button></div>`;
const reply = (i: number, paras: string[]): string => {
  const [name = '', handle = '', time = ''] = people[i + 1] ?? [];
  return `<div tabindex="-1"><div class="status__wrapper status__wrapper-public focusable" tabindex="0" aria-label="${name}, ${time}"><div
class="status status-public status-reply" data-id="1140${i}"><div class="status__info"><a href="#" class="status__relative-time"><span
class="status__visibility-icon"></span><time datetime="2026-03-01T09:00:00.000Z" title="Mar 1, 2026, 09:00">${time}</time></a><a href="#"
class="status__display-name"><div class="status__avatar"><div class="account__avatar" style="width: 46px; height: 46px;"></div>
</div>${acct(name, handle)}</a></div>
<div class="status__content status__content--with-action" tabindex="0"><div class="status__content__text status__content__text--visible translate"
lang="en">${ps(paras)}</div></div>${bar}</div></div></div>`;
};
const [first, ...rest] = mPosts;
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Hedda Lorrimer: "Three winters of running a tool library from a church basement…" - Parish
Social</title><meta content="Hedda Lorrimer (@hedda@parish.social)" property="og:title"><meta content="article" property="og:type">
<meta content="Parish Social" property="og:site_name"><link rel="stylesheet" href="/packs/css/common-1f9e.css">
<script id="initial-state" type="application/json">{"meta":{"domain":"parish.social","version":"4.3.4","limited_federation_mode":false},
"accounts":{},"statuses":{}}</script><script src="/packs/js/application-77ac.js" crossorigin="anonymous" type="module"></script></head>
<body class="app-body theme-default no-reduce-motion"><div class="app-holder" id="mastodon"><div class="ui"><div class="columns-area__panels">
<div class="columns-area__panels__main"><div class="tabs-bar__wrapper"><div id="tabs-bar__portal"></div></div><div class="columns-area
columns-area--mobile"><div role="region" aria-label="Post" class="column"><div class="column-header__wrapper"><h1 class="column-header"><button
class="column-header__title" type="button"><span class="column-header__icon"></span>Post</button></h1>
<button class="column-header__back-button">Back</button></div>
<div class="scrollable item-list" tabindex="-1"><div class="focusable detailed-status__wrapper detailed-status__wrapper-public" tabindex="0"
aria-label="Hedda Lorrimer"><div class="detailed-status"><a href="/@hedda" class="detailed-status__display-name"><div class="detailed-status__display-avatar">
<div class="account__avatar" style="width: 46px; height: 46px;"></div></div>${acct('Hedda Lorrimer', '@hedda@parish.social')}</a>
<button class="button logo-button">Follow</button><div class="status__content" tabindex="0"><div class="status__content__text status__content__text--visible
translate" lang="en"><p>${mTitle}</p>
${ps(first ?? [])}</div></div>
<div class="detailed-status__meta"><div class="detailed-status__meta__line"><a class="detailed-status__datetime" href="#"><time
datetime="2026-03-01T07:51:22.000Z">Mar 1, 2026, 07:51</time></a>·<span class="detailed-status__visibility-icon" title="Public">Public</span></div>
<div class="detailed-status__meta__line"><a href="#" class="detailed-status__link"><span class="detailed-status__reblogs"><span
class="animated-number">61</span></span> boosts</a>·<a href="#" class="detailed-status__link"><span class="detailed-status__favorites"><span
class="animated-number">143</span></span> favorites</a></div></div></div>${bar}</div>
${rest.map((p, i) => reply(i, p)).join('\n')}
${mReplies.map((p, i) => reply(i + 3, p)).join('\n')}</div></div></div></div>
<div class="columns-area__panels__pane columns-area__panels__pane--navigational"><div class="navigation-panel"><div class="navigation-panel__sign-in-banner">
<div class="sign-in-banner"><p><strong>Parish Social is part of the decentralized social network powered by Mastodon.</strong></p><p>Login to follow
profiles or hashtags, favorite, share and reply to posts. You can also interact from your account on a different server.</p><a href="/auth/sign_up"
class="button button--block">Create account</a><a href="/auth/sign_in" class="button button--block button-tertiary">Login</a></div></div>
<ul>${links(mNav, 'column-link')}</ul><div class="getting-started__trends"><h4><a href="/explore/tags">Trending now</a></h4>
<ul>${links(mTrends, 'trends__item')}</ul></div></div>
<div class="link-footer"><p><strong>Parish Social</strong>: <a href="/about">About</a> · ${mFoot
  .slice(0, 3)
  .map((f) => `<a href="#">${f}</a>`)
  .join(' · ')}</p>
<p><strong>Mastodon</strong>: ${mFoot
  .slice(3)
  .map((f) => `<a href="#">${f}</a>`)
  .join(' · ')} · <span class="version">v4.3.4</span></p></div>
</div></div></div></div></body></html>`;
const mastodonThread: TestPage = {
  name: 'heldout272-mastodon-thread-forum',
  kind: 'forum',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts([...mPosts.flat(), ...mReplies.flat()]),
  bylines: [
    'Hedda Lorrimer',
    '@hedda@parish.social',
    'Mar 1, 2026, 07:51',
    'Benedek Arrow',
    '@benarrow@toot.cooperative.example',
    'Yusra Penhallow',
    '@yusra@fjord.town',
    '47m',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Post', 'Public', 'boosts', '143', 'favorites', 'Parish Social is part of the decentralized social network powered by Mastodon.',
    'Login to follow profiles or hashtags, favorite, share and reply to posts. You can also interact from your account on a different server.',
    'Create account', 'Login', 'Explore', 'Live feeds', 'Trending now', ...mTrends, 'Parish Social', 'Mastodon', ...mFoot, 'v4.3.4',
  ],
};

export const HELDOUT272_E: readonly TestPage[] = [mastodonThread, hnItem];
