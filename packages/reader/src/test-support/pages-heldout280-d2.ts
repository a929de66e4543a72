import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout280-kit.js';

/**
 * Held-out batch 280, file d2: the web view of a Substack post e-mail (hidden preview text, publication logo, h1 title and
 * h3 subtitle, the top like / comment / restack / share row and "Read in app" button, author and date, the post body with
 * h2s, an image with caption, a pull quote and a subscription widget, the bottom action row, the free-subscriber upgrade
 * note and the footer with the copyright, postal address, unsubscribe and app links).
 */
const sTitle = 'Why our town’s bus timetable is a budget document';
const sSub = 'The 14 buses a day on the Millbrook loop are a spending decision, not a schedule. Here is how to read one.';
const sHeads = ['Every departure has a price', 'What the gaps tell you', 'Reading your own timetable'];
const sIntro = [
  j(
    'Last month the county published the new timetable for the Millbrook loop, and most of the comments I saw were about',
    'the 9:40 departure that has disappeared. I understand why. But the timetable is more interesting than any single bus,',
    'because it is the clearest public record we have of how the transport budget is actually spent.',
  ),
];
const sPrice = [
  j(
    'A bus route costs money by the hour, not by the passenger. The county pays the operator for each hour a vehicle and a',
    'driver are on the road, and the contract sets that at a little under ninety pounds. Fares cover about a third of it on',
    'the loop, so every departure you see is, roughly, sixty pounds of public money.',
  ),
  j(
    'Once you know that, the timetable reads differently. Fourteen departures a day, six days a week, is the budget line',
    'written out in times. When the 9:40 went, it was not because nobody rode it; it was because the hour it used was moved',
    'to the school run at 15:10, where the contract now requires a second vehicle.',
  ),
];
const sQuote = 'A timetable is the budget written out in times.';
const sGaps = [
  j(
    'The gaps are the most honest part of any timetable. On the loop there is no bus between 10:25 and 12:05. That is the',
    'point where one vehicle is doing the whole route on its own, and the driver takes the legally required break.',
  ),
  j(
    'Gaps like this usually mark the places where one more vehicle-hour would make the biggest difference. Filling this',
    'one would cost about eighteen thousand pounds a year, which is less than the county spends on the loop’s printed',
    'timetables and stop signs.',
  ),
];
const sHow = [
  'Count the departures and multiply by the journey time to get the vehicle-hours.',
  'Look for gaps longer than an hour.',
  'Compare the weekday and Saturday columns: the difference is often a whole vehicle.',
  'Ask which hours moved since last year.',
];
const sOutro = [
  j(
    'None of this needs special access. The timetable is at every stop, and the contract value is in the council’s',
    'published spending over five hundred pounds. Put the two side by side and you know more than most of the meetings',
    'where these decisions are made.',
  ),
];
const sCaption = 'The Millbrook loop timetable at the Market Square stop, with the new 15:10 school departure added by hand.';
const sWidget = j(
  'The Slow Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or',
  'paid subscriber.',
);
const ufi = (pos: string): string => `<table role="presentation" width="100%" border="0" cellspacing="0" cellpadding="0" class="email-ufi-2-${pos}"><tr>
<td><a class="email-button-outline"
href="https://theslowledger.substack.example/p/bus-timetable?action=like"><span class="email-button-text">Like</span></a></td>
<td><a class="email-button-outline"
href="https://theslowledger.substack.example/p/bus-timetable/comments"><span class="email-button-text">Comment</span></a></td>
<td><a class="email-button-outline"
href="https://theslowledger.substack.example/p/bus-timetable?action=restack"><span class="email-button-text">Restack</span></a></td>
${pos === 'top' ? '<td><a class="email-button-outline" href="#share"><span class="email-button-text">Share</span></a></td>' : ''}
</tr></table>`;
const sHtml = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${sTitle}</title>
<meta property="og:title" content="${sTitle}"><meta property="og:site_name" content="The Slow Ledger">
<style>.email-body-container{max-width:550px;margin:0 auto}.post-title{font-size:32px}.subtitle{color:#777}.image-caption{font-size:14px;color:#777}</style>
</head><body class="email-body" style="margin:0;padding:0">
<div class="preview" style="display:none;font-size:1px;color:#333333;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">${sSub}</div>
<table role="presentation" width="100%" border="0" cellspacing="0" cellpadding="0" class="email-body"><tr><td class="container">
<div class="email-body-container"><table role="presentation" width="100%" class="email-header-container"><tr><td align="center">
<a href="https://theslowledger.substack.example/"><img src="https://substackcdn.example/image/logo.png" alt="The Slow Ledger" width="80" height="80"
class="publication-logo"></a></td></tr></table>
<h1 class="post-title published" style="margin:0 0 8px"><a href="https://theslowledger.substack.example/p/bus-timetable">${sTitle}</a></h1>
<h3 class="subtitle" style="margin:0 0 12px">${sSub}</h3>
<table role="presentation" class="post-meta-wrapper"><tr><td class="post-meta-author"><p class="meta-author-wrap"><a class="meta-author"
href="https://substack.example/@inesmarwood">Ines Marwood</a></p><p class="post-meta post-meta-date">Mar 3</p></td>
<td align="right"><a class="email-button-primary" href="https://open.substack.example/pub/theslowledger/p/bus-timetable">READ IN APP</a></td></tr></table>
${ufi('top')}
<div class="body markup" dir="auto">
${ps(sIntro)}
<h2 class="header-anchor-post">${sHeads[0]}</h2>
${ps(sPrice)}
<blockquote><p>${sQuote}</p></blockquote>
<div class="captioned-image-container"><figure><a class="image-link image2" target="_blank" href="https://substackcdn.example/image/timetable.jpg"><img
src="https://substackcdn.example/image/timetable_1456.jpg" width="550" height="367" alt=""></a><figcaption class="image-caption">${sCaption}</figcaption>
</figure></div>
<h2 class="header-anchor-post">${sHeads[1]}</h2>
${ps(sGaps)}
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${sWidget}</p></div>
<a class="button subscribe-btn primary" href="https://theslowledger.substack.example/subscribe"><span>Subscribe</span></a></div></div>
<h2 class="header-anchor-post">${sHeads[2]}</h2>
<p>If you want to try this on your own route, here is the short version:</p>
<ol>${sHow.map((h) => `<li><p>${h}</p></li>`).join('\n')}</ol>
${ps(sOutro)}
</div>
${ufi('bottom')}
<div class="free-subscriber-upgrade"><p>You're currently a free subscriber to <a
href="https://theslowledger.substack.example/">The Slow Ledger</a>. For the full
experience, upgrade your subscription.</p><a class="email-button-primary" href="https://theslowledger.substack.example/subscribe?utm_medium=email">Upgrade to
paid</a></div>
<div class="footer"><p class="footer-copyright">© 2026 Ines Marwood<br>548 Market Street PMB 72296, San Francisco, CA 94104<br>
<a href="https://theslowledger.substack.example/action/disable_email">Unsubscribe</a></p>
<p class="footer-links"><a href="https://substack.example/app">Get the app</a><a href="https://substack.example/signup" class="footer-substack-logo">Start
writing</a></p></div></div></td></tr></table></body></html>`;
export const substack: TestPage = {
  name: 'heldout280-substack-email-web-view-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([sSub, ...sIntro, ...sPrice, sQuote, ...sGaps, 'If you want to try this on your own route, here is the short version:', ...sHow, ...sOutro]),
  bylines: ['Ines Marwood', 'Mar 3'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'READ IN APP', 'Like', 'Comment', 'Restack', 'Share', sCaption, sWidget, 'Subscribe',
    "You're currently a free subscriber to The Slow Ledger. For the full experience, upgrade your subscription.", 'Upgrade to paid',
    '© 2026 Ines Marwood', '548 Market Street PMB 72296, San Francisco, CA 94104', 'Unsubscribe', 'Get the app', 'Start writing',
  ],
};
