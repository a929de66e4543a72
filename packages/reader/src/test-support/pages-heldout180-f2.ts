import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 180, file f2: a Twitch developer documentation page on dev.twitch.tv (the purple top bar with "Twitch
 * Developers", "Documentation", "Extensions", "Blog", "Forums", "Discord", "Console" and "Log in with Twitch", the docs
 * product tabs, the left navigation, the "Contents" box at the top of the text, NOTE and IMPORTANT callouts, a rate-limit
 * table, the feedback widget, the footer links and the consent banner).
 */
const twTitle = 'Chat rate limits';
const twP0 = [
  'Twitch limits how many chat messages and commands a chatbot can send so that busy channels stay readable and spam stays ' +
    'under control. The limits depend on the bot’s role in the channel and on whether the bot is verified.',
];
const twH1 = 'How limits are counted';
const twP1 = [
  'Limits are counted per user over a rolling 30-second window. Every message your bot sends counts towards the limit, whether ' +
    'you send it through IRC or through the Send Chat Message endpoint of the Twitch API. Messages sent to different channels ' +
    'count towards the same total.',
  'If your bot goes over the limit on IRC, Twitch drops the extra messages and may disconnect the bot for 30 minutes. On the ' +
    'Twitch API, requests over the limit fail with HTTP status code 429 Too Many Requests.',
];
const twH2 = 'Message limits';
const twTable = [
  ['Bot role', 'Messages per 30 seconds'],
  ['Regular user in the channel', '20'],
  ['Broadcaster, moderator or VIP in the channel', '100'],
  ['Verified bot', '7,500 across all channels'],
];
const twNote =
  'A bot that is a moderator in one channel and a regular user in another is subject to the lower limit whenever it sends a ' +
  'message to the channel where it is a regular user.';
const twH3 = 'Whisper limits';
const twP3 = [
  'Whispers, the private messages sent between users, have their own limits. An unverified bot can whisper up to 40 unique ' +
    'recipients per day, at a rate of 3 whispers per second and 100 per minute. The Send Whisper endpoint returns a ' +
    '<code>429</code> status code when you exceed them.',
];
const twImportant =
  'Whispers can be sent only from accounts with a verified phone number. If the bot account has not added one, the request ' +
  'fails with a <code>401</code> status code, even though the token includes the <code>user:manage:whispers</code> scope.';
const twH4 = 'Staying under the limits';
const twList = [
  'Queue outgoing messages and send them at a steady rate rather than in bursts.',
  'Ask the broadcaster to make your bot a moderator in channels where it needs to post often.',
  'Combine several short replies into one message where the chat context allows it.',
  'Read the <code>Ratelimit-Remaining</code> and <code>Ratelimit-Reset</code> headers on Twitch API responses to slow down before ' + 'requests start failing.',
];
const twP4 = [
  'The Tallyhoo trivia bot, which runs in about 1,200 channels, keeps one queue per channel and a shared counter for the ' +
    'whole bot. When the counter passes 80 percent of the limit, it holds non-urgent messages such as scoreboards until the ' +
    'window resets.',
];
const twTop = ['Documentation', 'Extensions', 'Blog', 'Forums', 'Discord', 'Console', 'Log in with Twitch'];
const twTabs = ['Twitch API', 'EventSub', 'Chat & Chatbots', 'Extensions', 'Embed', 'Drops', 'Authentication'];
const twSide = [
  'Chat & Chatbots',
  'Getting Started',
  'Authenticating',
  'Sending and Receiving Chat Messages',
  'Chat Commands',
  'Chat Rate Limits',
  'IRC Reference',
];
const twFeedback = ['Was this page helpful?', 'Yes', 'No', 'Thank you for your feedback!'];
const twFoot = [
  'Twitch Developer Services Agreement',
  'Terms of Service',
  'Privacy Policy',
  'Cookie Policy',
  'Ad Choices',
  'Accessibility Statement',
  'Community Guidelines',
  '© 2025 Twitch Interactive, Inc.',
];
const twConsent = [
  'Cookies and Advertising Choices',
  'Twitch uses cookies and similar technologies to provide and improve the site, to measure how it is used, and to show you ' +
    'relevant advertising. You can accept all cookies or customize your choices.',
  'Customize',
  'Accept',
];
const twPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const twId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const twH = (t: string): string => `<h2 id="${twId(t)}">${t}</h2>`;
const twCall = (kind: string, t: string): string => `<div class="${kind.toLowerCase()}-box callout"><p><strong>${kind}:</strong> ${t}</p></div>`;
const twHtml = `<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${twTitle} | Twitch Developers</title><meta name="description" content="Learn about the chat rate limits for chatbots.">
<meta property="og:title" content="${twTitle} | Twitch Developers"><meta property="og:site_name" content="Twitch Developers">
<meta name="twitter:site" content="@TwitchDev"><link rel="canonical" href="https://dev.twitch.tv/docs/chat/#rate-limits">
<link rel="stylesheet" href="/css/docs.min.9c41e2.css"><script src="https://static.twitchcdn.example/consent/twilight-consent.js" async></script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"section":"docs","page":"chat-rate-limits"});</script></head>
<body class="docs"><div class="top-nav"><div class="top-nav__inner"><a class="top-nav__logo" href="/"><span class="top-nav__brand">Twitch Developers</span></a>
<nav class="top-nav__menu" aria-label="Main"><ul>${links(twTop, 'top-nav__item')}</ul></nav></div></div>
<div class="docs-tabs"><ul>${links(twTabs, 'docs-tabs__tab')}</ul></div>
<div class="docs-layout"><div class="docs-nav" id="docs-nav"><nav aria-label="Chat & Chatbots"><ul>${links(twSide, 'docs-nav__item')}</ul></nav></div>
<div class="main" id="main" role="main"><div class="text-content">
<h1>${twTitle}</h1>
<div class="toc-box"><p class="toc-box__title">Contents</p><ul>${[twH1, twH2, twH3, twH4]
  .map((t) => `<li><a href="#${twId(t)}">${t}</a></li>`)
  .join('')}</ul></div>
${twPs(twP0)}
${twH(twH1)}
${twPs(twP1)}
${twH(twH2)}
<table class="docs-table"><thead><tr><th>${twTable[0]?.[0]}</th><th>${twTable[0]?.[1]}</th></tr></thead><tbody>
${twTable
  .slice(1)
  .map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`)
  .join('\n')}</tbody></table>
${twCall('NOTE', twNote)}
${twH(twH3)}
${twPs(twP3)}
${twCall('IMPORTANT', twImportant)}
${twH(twH4)}
<ul>${twList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${twPs(twP4)}
</div>
<div class="page-feedback"><p class="page-feedback__q">${twFeedback[0]}</p><button type="button">${twFeedback[1]}</button>
<button type="button">${twFeedback[2]}</button><p class="page-feedback__thanks" style="display:none">${twFeedback[3]}</p></div></div></div>
<footer class="docs-footer"><ul>${links(twFoot, 'docs-footer__item')}</ul></footer>
<div class="consent-banner" role="dialog" aria-label="Cookie consent"><h2 class="consent-banner__title">${twConsent[0]}</h2><p>${twConsent[1]}</p>
<button class="consent-banner__customize">${twConsent[2]}</button><button class="consent-banner__accept">${twConsent[3]}</button></div>
<script src="/js/docs.min.1a7f30.js"></script></body></html>`;
export const twitchPage: TestPage = {
  name: 'heldout180-twitch-docs',
  kind: 'docs',
  html: twHtml,
  // the "Contents" box repeats the headings and is left out (its label is furniture); the NOTE and IMPORTANT callouts are
  // body with their labels; table data cells are body; "Chat Rate Limits" in the sidebar is the title in other case
  title: twTitle,
  headings: [twH1, twH2, twH3, twH4],
  body: [...twP0, ...twP1, ...twTable.slice(1).flat(), `NOTE: ${twNote}`, ...texts(twP3), ...texts([`IMPORTANT: ${twImportant}`]), ...texts(twList), ...twP4],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Twitch Developers', ...twTop, ...twTabs, ...twSide.filter((t) => t !== 'Chat Rate Limits'), 'Contents', ...twFeedback, ...twFoot, ...twConsent,
    ]),
  ],
};
