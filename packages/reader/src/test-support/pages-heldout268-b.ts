import { type TestPage, texts } from './page-kit.js';
import { ampCache } from './pages-heldout268-b2.js';

/**
 * Held-out batch 268, file b: an archive.today (archive.ph) snapshot of a regional news article (its #HEADER bar with the
 * "Saved from" form, the snapshot date, "All snapshots from host", the Webpage / Screenshot tabs, share, download and report
 * links, then the page flattened into divs with inline styles and no classes: the site's masthead and menu, breadcrumb, byline,
 * a photo caption, a "Read more" promo, a newsletter box, related links and footer) and, from file b2, a Google AMP cache page.
 */
const src = 'https://www.northmoorchronicle.co.uk/news/ferry-timetable-cut-winter-2418812';
const title = 'Winter ferry timetable cut leaves islanders with one sailing a day';
const p = [
  `Islanders on Skerrow face a winter with a single daily ferry to the mainland after the operator confirmed it will take its
second vessel out of service for six weeks of repairs.`,
  `Westmoor Ferries said the MV Corran Light needs new propeller shafts after an inspection in October found wear well beyond
what had been expected. The work will be done at a yard in Barrowhead from 6 January to 17 February.`,
  `During that time the remaining vessel will sail once a day in each direction, leaving Skerrow at 7.40am and returning from
Port Allan at 4.15pm. On Saturdays the return sailing moves to 2pm.`,
  `Community council chair Isla Brodie said the news had come "far too late" for families and businesses to plan around it.
"People have hospital appointments booked on the mainland, children at college, deliveries for the shop. One sailing a day
with no back-up is not a service, it is a lifeline hanging by a thread," she said.`,
  `The operator said it had looked at chartering a replacement vessel but none of the suitable ships available could use the
slipway at Skerrow pier, which was built for smaller ferries in the 1980s.`,
  `A spokesperson for Westmoor Ferries said: "We understand how difficult this will be for the island. We have added extra
freight capacity on the remaining sailings and will prioritise medical travel, which passengers can book through our
customer line."`,
  `The company also said it would run an additional sailing on any day when the Skerrow surgery asks for one to move a patient
who cannot travel on the scheduled service.`,
  `Local councillor Fraser McInnes said he had written to the transport minister asking for a review of the age of the fleet
serving the smaller islands. Three of the operator's five ferries are more than 30 years old.`,
  `The repairs are the second long outage on the route in three years. In 2021 the same vessel was out of service for nine
weeks after a fire in its engine room.`,
];
const menu = ['News', 'Sport', 'What\u2019s On', 'Property', 'Jobs', 'Announcements'];
const related = ['Skerrow pier upgrade bid rejected for second time', 'Port Allan harbour fees to rise in April', 'Islands bus contract awarded'];
const hdr = [
  'Saved from',
  'search',
  '12 Dec 2023 09:14:22 UTC',
  'no other snapshots from this url',
  'All snapshots',
  'from host',
  'www.northmoorchronicle.co.uk',
  'Webpage',
  'Screenshot',
  'share',
  'download .zip',
  'report bug or abuse',
  'Buy me a coffee',
];
const S = 'font-family:Georgia,serif;font-size:18px;line-height:28px;color:rgb(34, 34, 34);margin:0px 0px 24px;';
const html = `<!DOCTYPE html><html prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" itemscope="" itemtype="http://schema.org/Article"
style="background-color:#FFFFFF"><head>
<meta http-equiv="Content-Type" content="text/html;charset=utf-8"><meta name="viewport" content="width=1028">
<title>${title} | archive.ph</title>
<meta property="og:type" content="article"><meta property="og:url" content="https://archive.ph/Qk7dW">
<meta property="og:title" content="${title}"><meta property="article:published_time" content="2023-12-12T09:14:22Z">
<meta itemprop="url" content="${src}"><meta itemprop="dateModified" content="2023-12-12T09:14:22Z">
<link rel="icon" href="https://archive.ph/Qk7dW/favicon.ico">
<style type="text/css">body{margin:0}a img{border:none}</style></head>
<body style="margin:0px;background-color:#FFFFFF;">
<div id="HEADER" style="background-color:#EEEEEE;min-width:1028px;border-bottom:1px solid #CCCCCC;font-family:Arial;font-size:12px;">
<table style="width:1028px;font-size:10px" border="0" cellspacing="0" cellpadding="0"><tbody><tr>
<td rowspan="2" style="width:110px;padding:10px 10px 3px 10px;vertical-align:top"><a style="text-decoration:none" href="https://archive.ph/">
<img style="border:0" alt="archive.today webpage capture" src="https://archive.ph/logo.png"></a></td>
<td style="font-size:16px;padding:8px 0 0 0"><table cellspacing="0" cellpadding="0" border="0"><tbody><tr>
<td style="font-size:14px;color:#888;padding-right:6px">${hdr[0]}</td>
<td><form style="display:inline" action="https://archive.ph/search/"><input style="border:1px solid #888;width:520px" type="text" name="q" value="${src}">
</form></td><td style="padding-left:6px"><a href="https://archive.ph/search/?q=${src}">${hdr[1]}</a></td></tr></tbody></table></td>
<td rowspan="2" style="text-align:right;padding:8px 10px 0 0;font-size:14px">${hdr[2]}</td></tr>
<tr><td style="padding:4px 0 0 0;font-size:12px;color:#888"><span>${hdr[3]}</span> &nbsp; <a href="https://archive.ph/www.northmoorchronicle.co.uk">
${hdr[4]}</a>
${hdr[5]} <a href="https://archive.ph/www.northmoorchronicle.co.uk">${hdr[6]}</a></td></tr>
<tr><td></td><td style="padding:6px 0 4px 0;font-size:14px"><a style="font-weight:bold;color:#000" href="https://archive.ph/Qk7dW">${hdr[7]}</a>
&nbsp; <a href="https://archive.ph/Qk7dW/image">${hdr[8]}</a></td><td style="text-align:right;padding-right:10px;white-space:nowrap">
<a href="#">${hdr[9]}</a> &nbsp; <a href="https://archive.ph/download/Qk7dW.zip">${hdr[10]}</a> &nbsp;
<a href="https://archive.ph/Qk7dW/report">${hdr[11]}</a> &nbsp; <a href="https://buymeacoffee.example/archive.today">${hdr[12]}</a></td></tr></tbody>
</table></div>
<div id="SOLID" style="position:relative;overflow:hidden;min-width:1028px;"><div id="CONTENT" style="position:relative;width:1028px;text-align:left;">
<div style="text-align:left;position:relative;width:1028px;background-color:rgb(255, 255, 255);">
<div style="background-color:rgb(0, 51, 102);height:64px;width:1028px;"><a href="https://archive.ph/o/Qk7dW/https://www.northmoorchronicle.co.uk/"
style="display:block;padding:12px 20px;color:rgb(255, 255, 255);font-size:28px;font-family:Georgia,serif;text-decoration:none;">Northmoor Chronicle</a></div>
<div style="background-color:rgb(0, 40, 80);width:1028px;height:40px;">${menu
  .map(
    (m) =>
      `<a href="https://archive.ph/o/Qk7dW/https://www.northmoorchronicle.co.uk/${m.toLowerCase()}"
style="display:inline-block;padding:10px 14px;color:rgb(255, 255, 255);font-size:14px;">${m}</a>`,
  )
  .join('\n')}</div>
<div style="width:660px;margin:24px 0px 0px 40px;"><div style="font-size:13px;color:rgb(102, 102, 102);margin:0px 0px 10px;">
<a href="https://archive.ph/o/Qk7dW/https://www.northmoorchronicle.co.uk/news" style="color:rgb(0, 51, 102);">Local News</a> <span>›</span>
<a href="https://archive.ph/o/Qk7dW/https://www.northmoorchronicle.co.uk/news/west-coast" style="color:rgb(0, 51, 102);">West Coast</a></div>
<h1 style="font-family:Georgia,serif;font-size:36px;line-height:42px;margin:0px 0px 16px;color:rgb(17, 17, 17);">${title}</h1>
<div style="font-size:14px;color:rgb(85, 85, 85);margin:0px 0px 20px;border-top:1px solid rgb(221, 221, 221);padding:10px 0px 0px;">
<div style="font-weight:bold;">By Callum Reid</div><div>Islands Reporter</div><div style="color:rgb(136, 136, 136);">11th December 2023, 6:00am</div></div>
<div style="margin:0px 0px 24px;"><img src="https://archive.ph/Qk7dW/9f3a1b.jpg" style="width:660px;height:371px;">
<div style="font-size:13px;color:rgb(102, 102, 102);padding:6px 0px;">The MV Corran Light at Port Allan. Picture: Westmoor Ferries</div></div>
${p
  .slice(0, 4)
  .map((t) => `<div style="${S}">${t}</div>`)
  .join('\n')}
<div style="border-left:4px solid rgb(0, 51, 102);padding:8px 14px;margin:0px 0px 24px;font-size:16px;">
<b>Read more:</b> <a href="https://archive.ph/o/Qk7dW/https://www.northmoorchronicle.co.uk/news/pier" style="color:rgb(0, 51, 102);">Skerrow pier upgrade bid
rejected for second time</a></div>
${p
  .slice(4)
  .map((t) => `<div style="${S}">${t}</div>`)
  .join('\n')}
<div style="background-color:rgb(240, 244, 248);padding:20px;margin:0px 0px 30px;">
<div style="font-size:20px;font-weight:bold;">Get the Chronicle in your inbox</div>
<div style="font-size:14px;">Our morning newsletter brings you the day's top stories from across Northmoor and the islands.</div>
<div style="display:inline-block;background-color:rgb(0, 51, 102);color:rgb(255, 255, 255);padding:8px 16px;margin:10px 0px 0px;">Sign up</div></div>
<div style="font-size:18px;font-weight:bold;margin:0px 0px 10px;">More from the Chronicle</div>
${related
  .map(
    (r) => `<div style="padding:8px 0px;border-top:1px solid rgb(221, 221, 221);"><a href="https://archive.ph/o/Qk7dW/https://www.northmoorchronicle.co.uk/"
style="color:rgb(17, 17, 17);font-size:16px;">${r}</a></div>`,
  )
  .join('\n')}
</div>
<div style="background-color:rgb(34, 34, 34);color:rgb(204, 204, 204);padding:30px 40px;margin:40px 0px 0px;font-size:13px;">
<div>Contact us &nbsp; Advertise &nbsp; Terms and conditions &nbsp; Privacy notice</div>
<div style="margin:10px 0px 0px;">© 2023 Northmoor Media Ltd. Registered in Scotland No. SC081442.</div></div></div></div></div>
</body></html>`;
export const archiveToday: TestPage = {
  name: 'heldout268-archive-today-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(p),
  bylines: ['By Callum Reid', 'Islands Reporter', '11th December 2023, 6:00am'],
  furniture: [
    ...hdr,
    'Northmoor Chronicle',
    ...menu,
    'Local News',
    'West Coast',
    'The MV Corran Light at Port Allan. Picture: Westmoor Ferries',
    'Read more:',
    'Get the Chronicle in your inbox',
    "Our morning newsletter brings you the day's top stories from across Northmoor and the islands.",
    'Sign up',
    'More from the Chronicle',
    ...related,
    'Contact us Advertise Terms and conditions Privacy notice',
    '© 2023 Northmoor Media Ltd. Registered in Scotland No. SC081442.',
  ],
};

export const HELDOUT268_B: readonly TestPage[] = [archiveToday, ampCache];
