import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 229, file b2: a Kit (ConvertKit) broadcast as its web view saves it (the table email template with the
 * hidden preheader, the creator logo, the greeting and letter in the content cell with an h2 per section, a button block,
 * the P.S., the "Reply to this email" note, the footer with Unsubscribe / Update your profile and the postal address, and the
 * "Built with Kit" referral badge), the page's head carrying Kit's web-view meta and scripts.
 */
const kTitle = 'Three ways to keep a sourdough starter alive while you travel';
const kPre = 'Plus: the autumn baking class dates are out.';
const kP1 = [
  'Hi friend,',
  'Every September I get the same message from a dozen of you: I am going away for two weeks, what do I do with my starter? The ' +
    'short answer is that a healthy starter is much tougher than it looks. Here are the three approaches I use, depending on how ' +
    'long I am going for.',
];
const kH1 = 'Up to a week: the fridge';
const kP2 = [
  'Feed it as normal, let it rise for an hour, then put it in the fridge with the lid on. It will sit there quite happily for a ' +
    'week. When you get home, discard all but a spoonful and give it two feeds at room temperature before you bake with it.',
];
const kH2 = 'Two to four weeks: a stiff starter';
const kP3 = [
  'For longer trips, make the starter stiffer. Mix one part starter with one part water and three parts flour, so it is closer to ' +
    'a dough than a batter. The yeast works through a stiff starter much more slowly, and in the fridge it will keep for a month.',
  'It may look grey and smell sharp when you come back. That is fine. Revive it with three or four feeds over two days.',
];
const kH3 = 'Months: dry it';
const kP4 = [
  'If you are going for longer, or you just want a backup, spread a thin layer of active starter on baking paper and leave it to ' +
    'dry completely for a couple of days. Break it into flakes and keep them in a jar in a cool cupboard. To bring it back, soak a ' +
    'tablespoon of flakes in water for an hour, then feed it daily until it doubles reliably. It usually takes four or five days.',
  'I keep a jar of dried starter from 2019 at the back of my cupboard. I revived some of it last winter and it made a perfectly ' + 'good loaf.',
  'Happy baking,',
  'Rosalind',
  'P.S. Autumn class dates are up on the website. The Saturday beginners’ sessions usually go first.',
];
const kBtn = 'See the class dates';
const kReply = 'You can reply to this email. I read every one, though it sometimes takes me a week to answer.';
const kAddr = 'Crumb and Crust Kitchen, 4 Tanner Row, Kendlebury KB3 7QP';
const kHtml = `<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">
<title>Three ways to keep a sourdough starter alive while you travel</title><meta name="x-apple-disable-message-reformatting">
<meta property="og:title" content="${kTitle}"><meta property="og:site_name" content="Crumb and Crust Kitchen">
<meta property="og:url" content="https://crumbandcrust.kit.com/posts/three-ways-to-keep-a-sourdough-starter-alive">
<style type="text/css">.preheader{display:none!important;visibility:hidden;mso-hide:all;font-size:1px;max-height:0;overflow:hidden}
.ck-section{background:#fbf7f0}</style><script src="https://f.convertkit.com/ckjs/ck.5.js" defer></script></head>
<body style="margin:0;padding:0;background:#fbf7f0"><div class="preheader">${kPre}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" class="wrapper"><tbody><tr><td align="center">
<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0"><tbody>
<tr><td class="header" align="center"><img src="https://embed.filekitcdn.com/e/crumb-logo.png" alt="Crumb and Crust Kitchen" width="160"></td></tr>
<tr><td class="content"><div class="ck-section"><h1 style="font-size:26px">${kTitle}</h1>
${kP1.map((p) => `<p>${p}</p>`).join('\n')}<h2>${kH1}</h2>${kP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${kH2}</h2>${kP3.map((p) => `<p>${p}</p>`).join('\n')}<h2>${kH3}</h2>${kP4
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<table role="presentation" class="ck-button-container"><tbody><tr><td align="center"><a class="email-button" href="https://crumbandcrust.example/classes"
style="background:#b5542d;color:#fff;padding:12px 20px;border-radius:4px">${kBtn}</a></td></tr></tbody></table>
${kP4
  .slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}</div></td></tr>
<tr><td class="reply-note"><p style="font-size:13px;color:#7a6a5a">${kReply}</p></td></tr>
<tr><td class="footer" align="center" style="font-size:12px;color:#7a6a5a"><p>${kAddr}</p>
<p><a href="https://unsubscribe.kit.com/xyz">Unsubscribe</a> · <a href="https://preferences.kit.com/xyz">Update your profile</a></p>
<p><a href="https://kit.com/features/forms?utm_campaign=poweredby" class="kit-badge"><img src="https://kit.com/badge.png" alt="">Built with Kit</a></p>
</td></tr></tbody></table></td></tr></tbody></table></body></html>`;
export const kitWebView: TestPage = {
  html: kHtml,
  name: 'heldout229-kit-broadcast-webview-blog',
  kind: 'blog',
  // the greeting, sign-off and P.S. typed in the letter are body; the button text and the preheader are furniture
  title: kTitle,
  headings: [kH1, kH2, kH3],
  body: texts([...kP1, ...kP2, ...kP3, ...kP4]),
  bylines: [],
  furniture: [kPre, kBtn, kReply, kAddr, 'Unsubscribe', 'Update your profile', 'Built with Kit'],
};
