import type { TestPage } from './page-kit.js';
import { hackerNoonStory } from './pages-heldout34-e2.js';

/**
 * Held-out batch 34, file e: a Klaviyo email newsletter as its "view in browser" page (nested presentation tables, the
 * `kl-section` / `mj-column-per-100` / `kl-text` / `kl-button` markup, Outlook conditional comments, the hidden preheader,
 * the header link bar and issue line, a hero image, the founder's letter in text blocks with h2s, a signature, a
 * "New this month" product row with prices and buttons, social icons and the Klaviyo footer with unsubscribe and address).
 */
const klTitle = 'The first flush has landed';
const klPart0 = [
  'Hello from a very damp Ludlow. The first boxes of this year’s spring tea arrived at the shed on Tuesday, two weeks later than ' +
    'last year, and we have spent the days since tasting, weighing and arguing happily about which is best.',
];
const klH1 = 'This month’s first flush';
const klPart1 = [
  'Our pick is the Mirik Valley first flush from the Sonali estate, a small garden of just under forty hectares that we have ' +
    'bought from for six years now. The leaves were picked in the second week of March, after a cold, dry winter that kept growth ' +
    'slow. That slowness is what you taste: it is bright and green, almost like fresh peas, with a clean, dry finish.',
  'We bought 120 kilos, which sounds like a lot until you remember how many of you there are. Subscribers will find a 50-gram ' +
    'pouch in their April box, and the rest goes on sale this Friday at 9 a.m.',
];
const klH2 = 'A note on prices';
const klPart2 = [
  'Several of you have asked whether our prices are going up this spring, as so many others have. The short answer is no, not this year.',
  'Tea auction prices did rise sharply last summer, and shipping is still more expensive than it was before 2020. But we buy ' +
    'directly from most of our gardens, on prices agreed a year ahead, and that has protected us from the worst of it. We have ' +
    'chosen to take a little less margin rather than pass the rise on. If that changes, we will tell you here first, with the numbers.',
];
const klH3 = 'Brewing tip: go cooler';
const klPart3 = [
  'First flush teas are delicate, and boiling water flattens them. Let the kettle rest for three or four minutes, to around 85 ' +
    'degrees, and brew for two and a half minutes. A second infusion, a minute longer, is often better than the first.',
  'Until next month, happy brewing.',
];
const klProducts = [
  { n: 'Mirik Valley First Flush 2026', p: '£9.50 / 50g' },
  { n: 'Ludlow Breakfast Blend', p: '£6.75 / 125g' },
  { n: 'Spring Sampler Box', p: '£18.00' },
];
const klLinks = ['Shop', 'Subscriptions', 'Our Estates', 'Journal'];
const klPre = 'Our spring tea is here, plus why our prices are holding this year.';
const klFont = "font-family:'Helvetica Neue',Arial,'Helvetica',sans-serif;font-size:16px;line-height:1.5;text-align:left;color:#2b2b2b;";
const klRow = (inner: string, cls = 'kl-text', pad = '9px 18px'): string => `<!--[if mso | IE]><table align="center" border="0" cellpadding="0" cellspacing="0"
class="kl-section-outlook" style="width:600px;" width="600" bgcolor="#ffffff"><tr><td
style="line-height:0px;font-size:0px;mso-line-height-rule:exactly;"><![endif]-->
<div style="background:#ffffff;background-color:#ffffff;margin:0px auto;max-width:600px;"><table align="center" border="0" cellpadding="0" cellspacing="0"
role="presentation" style="background:#ffffff;background-color:#ffffff;width:100%;"><tbody><tr><td
style="direction:ltr;font-size:0px;padding:0px;text-align:center;">
<div class="mj-column-per-100 mj-outlook-group-fix component-wrapper kl-text-table-layout"
style="font-size:0px;text-align:left;direction:ltr;display:inline-block;vertical-align:top;width:100%;"><table border="0" cellpadding="0" cellspacing="0"
role="presentation" width="100%"><tbody><tr><td class="${cls}"
style="font-size:0px;padding:${pad};word-break:break-word;">${inner}</td></tr></tbody></table></div></td></tr></tbody></table></div>
<!--[if mso | IE]></td></tr></table><![endif]-->`;
const klText = (ps: readonly string[]): string =>
  klRow(`<div style="${klFont}">${ps.map((p) => `<p style="padding-bottom:0"><span style="font-size: 16px;">${p}</span></p>`).join('\n')}</div>`);
const klHead = (t: string): string =>
  klRow(`<div style="${klFont}"><h2 style="font-family:Georgia,serif;font-size:22px;font-weight:400;color:#3d5a40;margin:0;padding:0;">${t}</h2></div>`);
const klHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<title>Spring’s first flush has landed 🌱</title><!--[if !mso]><!--><meta http-equiv="X-UA-Compatible" content="IE=edge"><!--<![endif]-->
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style type="text/css">#outlook a{padding:0}body{margin:0;padding:0;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%}table,td{border-collapse:collapse;
mso-table-lspace:0pt;mso-table-rspace:0pt}img{border:0;height:auto;line-height:100%;outline:none;text-decoration:none}p{display:block;margin:13px 0}</style>
<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript><![endif]-->
<style type="text/css">@media only screen and
(min-width:480px){.mj-column-per-100{width:100%!important;max-width:100%}.mj-column-per-33-333333333333336{width:33.3333%!important}}
@media only screen and (max-width:480px){.kl-text{padding-right:18px!important;padding-left:18px!important}.component-wrapper
.mob-no-spc{padding-left:0!important}}</style>
</head><body style="word-spacing:normal;background-color:#F4EFE6;">
<div style="display:none;font-size:1px;color:#F4EFE6;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">${klPre}</div>
<div class="root-container" id="bodyTable" style="background-color:#F4EFE6;"><div class="root-container-spacing"
style="padding-top:30px;padding-bottom:20px;font-size:0;">
<table align="center" class="kl-section" border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%;"><tbody><tr><td>
${klRow(`<div style="${klFont}font-size:12px;text-align:center;"><a href="https://view.klaviyo.com/w/01HRX3/aB1cD2" style="color:#6b6b6b;">View in
browser</a></div>`)}
${klRow(
  `<a href="https://www.fernhilltea.example/?utm_source=klaviyo" target="_blank"><img alt="Fernhill Tea Co." height="auto"
src="https://d3k81ch9hvuctc.cloudfront.net/` +
    `company/XyZ12a/images/fernhill-logo.png" style="border:0;display:block;outline:none;text-decoration:none;height:auto;width:180px;" width="180"></a>`,
  'kl-image',
)}
${klRow(
  `<table class="kl-header-link-bar" role="presentation"><tr>${klLinks
    .map(
      (t) =>
        `<td style="padding:0 12px;"><a href="https://www.fernhilltea.example/${t.toLowerCase().replace(/ /g, '-')}" style="${klFont}font-size:13px;` +
        `text-transform:uppercase;color:#3d5a40;">${t}</a></td>`,
    )
    .join('')}</tr></table>`,
  'kl-header-link-bar-wrapper',
)}
${klRow(
  `<div style="${klFont}font-size:12px;text-align:center;letter-spacing:2px;"><span>THE TEA SHED LETTER</span> · <span>No. 37</span> · <span>March
2026</span></div>`,
)}
${klRow(
  `<img alt="Freshly picked tea leaves in a wicker basket" src="https://d3k81ch9hvuctc.cloudfront.net/company/XyZ12a/images/first-flush-hero.jpg" ` +
    `style="display:block;width:100%;height:auto;" width="600">`,
  'kl-image',
  '0px',
)}
${klRow(`<div style="${klFont}"><h1
style="font-family:Georgia,serif;font-size:32px;font-weight:400;color:#3d5a40;text-align:center;margin:0;">${klTitle}</h1></div>`)}
${klText(klPart0)}
${klHead(klH1)}
${klText(klPart1)}
${klHead(klH2)}
${klText(klPart2)}
${klHead(klH3)}
${klText(klPart3)}
${klRow(`<div style="${klFont}"><p style="padding-bottom:0"><strong>Hattie Lowe</strong><br><em>Founder, Fernhill Tea Co.</em></p></div>`)}
${klRow(`<div style="${klFont}text-align:center;"><h2 style="font-family:Georgia,serif;font-size:24px;color:#3d5a40;margin:0;">New this month</h2></div>`)}
<!--[if mso | IE]><table role="presentation" border="0" cellpadding="0" cellspacing="0"><tr><![endif]-->${klProducts
  .map(
    (p, i) =>
      `<div class="mj-column-per-33-333333333333336 mj-outlook-group-fix kl-split" style="display:inline-block;vertical-align:top;width:100%;"><table ` +
      `role="presentation" width="100%"><tbody><tr><td class="kl-image" style="padding:9px;"><img alt="${p.n}" src="https://d3k81ch9hvuctc.cloudfront.net/` +
      `company/XyZ12a/images/product-${i}.jpg" width="182" style="display:block;width:100%;"></td></tr><tr><td class="kl-text" style="padding:0 9px;"><div ` +
      `style="${klFont}text-align:center;"><p style="padding-bottom:0"><strong>${p.n}</strong></p><p style="padding-bottom:0">${p.p}</p></div></td></tr><tr>` +
      `<td class="kl-button" align="center" style="padding:9px;"><table role="presentation" style="border-collapse:separate;line-height:100%;"><tr><td ` +
      `align="center" bgcolor="#3d5a40" role="presentation" style="border-radius:4px;background:#3d5a40;" valign="middle"><a
href="https://www.fernhilltea.example/` +
      `products/p-${i}?_kx=abc" style="display:inline-block;background:#3d5a40;color:#ffffff;font-size:14px;padding:10px 18px;border-radius:4px;"
target="_blank">` +
      `Shop now</a></td></tr></table></td></tr></tbody></table></div>`,
  )
  .join('\n')}<!--[if mso | IE]></tr></table><![endif]-->
${klRow(
  `<table role="presentation" style="margin:0 auto;"><tr><td style="padding:0 6px;"><a href="https://instagram.com/fernhilltea"><img alt="Instagram" width="32"
` +
    `src="https://d3k81ch9hvuctc.cloudfront.net/assets/email/buttons/subtleinverse/instagram_96.png"></a></td><td style="padding:0 6px;"><a ` +
    `href="https://facebook.com/fernhilltea"><img alt="Facebook" width="32"
src="https://d3k81ch9hvuctc.cloudfront.net/assets/email/buttons/subtleinverse/facebook_96.png">` +
    `</a></td></tr></table>`,
  'kl-social',
)}
${klRow(
  `<div style="${klFont}font-size:12px;text-align:center;color:#6b6b6b;"><p>You’re receiving this email because you signed up at fernhilltea.example or ` +
    `bought tea from us.</p><p>No longer want to receive these emails? <a
href="https://manage.kmail-lists.com/subscriptions/unsubscribe?a=XyZ12a">Unsubscribe</a>.` +
    ` <a href="https://manage.kmail-lists.com/subscriptions/web?a=XyZ12a">Manage preferences</a></p><p>Fernhill Tea Co. 14 Quarry Lane Ludlow SY8 1AB United
Kingdom</p></div>`,
)}
</td></tr></tbody></table></div></div>
<img src="https://trk.klclick.com/open?m=01HRX3&amp;r=aB1cD2" width="1" height="1" alt="" style="display:none"></body></html>`;
const klaviyoNewsletter: TestPage = {
  html: klHtml,
  name: 'heldout34-klaviyo-newsletter-web-view',
  kind: 'blog',
  // the email's headline is the title (the <title> is the subject line, which differs); the founder's letter (its text blocks
  // and three h2s, with the closing "Until next month" line) is the article; the signature name and role and the issue's
  // month are bylines (author line and dateline); the hidden preheader, "View in browser", header links, the "THE TEA SHED
  // LETTER" issue line and number, "New this month" with product names, prices and buttons, and the footer (why you get it,
  // unsubscribe, preferences, address) are furniture; the image alts are attributes, not text
  title: klTitle,
  headings: [klH1, klH2, klH3],
  body: [...klPart0, ...klPart1, ...klPart2, ...klPart3],
  bylines: ['Hattie Lowe', 'Founder, Fernhill Tea Co.', 'March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    klPre, 'View in browser', ...klLinks, 'THE TEA SHED LETTER', 'No. 37', 'New this month', ...klProducts.flatMap((p) => [p.n, p.p]), 'Shop now',
    'You’re receiving this email because you signed up at fernhilltea.example or bought tea from us.', 'No longer want to receive these emails?', 'Unsubscribe',
    'Manage preferences', 'Fernhill Tea Co. 14 Quarry Lane Ludlow SY8 1AB United Kingdom',
  ],
};

export const HELDOUT34_E: readonly TestPage[] = [klaviyoNewsletter, hackerNoonStory];
