import { links, ps, type TestPage, texts } from './page-kit.js';
import { samsungPage } from './pages-heldout176-c2.js';
import { type KSite, kBylines, kFurniture, khoros } from './pages-heldout176-khoros.js';

/**
 * Held-out batch 176, file c: a Spotify Community (Khoros) help thread (the OneTrust banner, the Spotify community header
 * with "Log In" and "Sign Up", the breadcrumb, "Solved! Go to Solution.", the hidden Topic Options menu, the question in the
 * community's Plan / Country / Device / Operating System / My Question or Issue template, replies with ranks and kudos, an
 * accepted solution, the "Suggested posts" rail and the footer) and, from file c2, a Samsung Community thread.
 */
const spTitle = 'Downloaded podcasts disappear after phone restarts';
const spTpl = ['Plan', 'Premium Family', 'Country', 'Netherlands', 'Device', 'Pixel 8a', 'Operating System', 'Android 16', 'My Question or Issue'];
const spP1 = [
  'Every time my phone restarts, the podcast episodes I downloaded are gone. Music downloads stay where they are, only podcasts ' +
    'vanish. The episodes still show the green arrow for a few seconds after I open the app and then it turns grey.',
  'I usually download five or six episodes before a long train journey, so this is really annoying. I have already cleared the ' +
    'cache and reinstalled the app. Storage is set to the SD card.',
  'I have also tried logging out and back in, and turning off battery optimisation for the app, as another thread ' +
    'suggested. Same result. It happens whether the phone restarts on its own for an update or I restart it myself.',
];
const spR1 = [
  'Hey there, thanks for posting in the Community.',
  'Could you try switching the storage location to the phone itself? Go to Settings, Storage, and choose Device storage. Some ' +
    'SD cards are mounted a little later than the app starts after a restart, and when that happens the app cannot find the ' +
    'podcast files and removes them from the list.',
  'Let us know how it goes!',
];
const spR2 = [
  'That did it. I moved storage to the phone, downloaded three episodes, restarted twice and they are all still there. ' +
    'Strange that music was never affected.',
];
const spR3 = [
  'Music files are checked again later when you open a playlist, which is probably why they survived. Glad it is sorted. ' +
    'If the card is fairly old, it may also be worth checking it for errors on a computer.',
  'For anyone who finds this thread later: you can check which storage is in use under Settings, Storage. The app shows how ' +
    'much space downloads take up in each location, which makes it easy to see where your episodes are saved.',
];
const spHeader = ['Help', 'Community Blog', 'Rock Talk', 'Ideas', 'Log In', 'Sign Up'];
const spCrumbs = ['Help', 'Podcasts', 'Downloaded podcasts disappear after phone restarts'];
const spSuggested = [
  'Let\u2019s introduce ourselves!',
  'Hey there you, welcome to the Spotify Community. Tell us a bit about yourself and the music you love.',
  'Podcast downloads not playing offline',
  'Episodes marked as played after download',
];
const spCookie =
  'We and our partners use cookies to provide our service and, with your consent, for analytics and to personalise ads. ' +
  'You can change your preferences in Cookie Settings.';
const spFoot = ['About', 'Jobs', 'For the Record', 'Legal', 'Privacy Center', 'Privacy Policy', 'Cookies', 'About Ads', 'Accessibility'];
const spCopy = '© 2025 Spotify AB';
const spSite: KSite = {
  host: 'community.spotify.com',
  community: 'The Spotify Community',
  pageClass: 'ForumTopicPage',
  title: spTitle,
  crumbs: spCrumbs,
  kudosLabel: 'Likes',
  solved: true,
  replyCount: '3 Replies',
  header: `<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${spCookie}</p>
<button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<header class="spotify-header"><a class="spotify-header__logo" href="/" aria-label="Spotify Community"></a><nav>
<ul>${links(spHeader, 'spotify-nav-item')}</ul></nav>
<form class="lia-search-form"><input type="search" placeholder="Search"></form></header>`,
  msgs: [
    {
      user: 'tulpenfiets',
      rank: 'Casual Listener',
      date: '2025-11-08',
      time: '09:14 AM',
      subject: spTitle,
      kudos: '2',
      body: `${spTpl.map((t, i) => (i % 2 === 0 ? `<p><strong>${t}</strong></p>` : `<p>${t}</p>`)).join('\n')}\n${ps(spP1)}`,
    },
    { user: 'Ximena_R', rank: 'Moderator', date: '2025-11-08', time: '11:47 AM', subject: `Re: ${spTitle}`, kudos: '3', body: ps(spR1) },
    {
      user: 'tulpenfiets',
      rank: 'Casual Listener',
      date: '2025-11-08',
      time: '07:02 PM',
      subject: `Re: ${spTitle}`,
      kudos: '1',
      solution: true,
      body: ps(spR2),
    },
    { user: 'Ximena_R', rank: 'Moderator', date: '2025-11-09', time: '10:20 AM', subject: `Re: ${spTitle}`, kudos: '0', body: ps(spR3) },
  ],
  rail: `<div class="lia-panel lia-panel-standard suggested-posts"><h2 class="lia-panel-heading-bar-title">Suggested posts</h2><ul class="lia-list-standard">
<li><a href="/t5/1"><h3>${spSuggested[0]}</h3></a><p>${spSuggested[1]}</p></li>${links(spSuggested.slice(2))}</ul></div>`,
  footer: `<footer class="spotify-footer"><ul>${links(spFoot, 'spotify-footer__link')}</ul><p>${spCopy}</p></footer>`,
};
const spotify: TestPage = {
  name: 'heldout176-spotify-khoros-forum',
  kind: 'forum',
  html: khoros(spSite),
  // the question template's labels and answers (Plan, Premium Family...) are part of the post (body); the thread's "Re:"
  // subjects, ranks, kudos, "Solution" mark, Topic Options menu, suggested posts and footer are furniture
  title: spTitle,
  headings: [],
  body: texts([...spTpl, ...spP1, ...spR1, ...spR2, ...spR3]),
  bylines: kBylines(spSite),
  furniture: [...kFurniture(spSite), spCookie, 'Accept Cookies', 'Cookie Settings', ...spHeader, 'Suggested posts', ...spSuggested, ...spFoot, spCopy],
};

export const HELDOUT176_C: readonly TestPage[] = [spotify, samsungPage];
