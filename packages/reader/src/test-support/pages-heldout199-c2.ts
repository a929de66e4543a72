import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 199, file c2: a Press Information Bureau (PIB) press release page as saved from the ASP.NET WebForms site
 * (the __VIEWSTATE form, the top strip with "Skip to main content", "Screen Reader Access", font-size buttons and the language
 * list, the emblem header, the menu, the ministry name above the centred h2 headline, the "Posted On ... by PIB Delhi" line,
 * the highlight bullets and justified paragraphs, the "***" and initials, the release id and visitor counter, "Read this
 * release in", the share icons, the regional-release sidebar and the footer policy links).
 */
const pibTitle = 'Ministry of Rural Development launches village road maintenance dashboard in 12 States';
const pibHigh = [
  'Dashboard to track condition of over 1.8 lakh km of rural roads built under national schemes',
  'Citizens can report damaged stretches through a mobile application with geo-tagged photographs',
  'States to respond to complaints within 15 working days',
];
const pibP1 = [
  'The Ministry of Rural Development today launched the Gram Sadak Maintenance Dashboard, an online platform to monitor the ' +
    'upkeep of rural roads constructed under national rural road schemes. The dashboard was launched in New Delhi by the Secretary, ' +
    'Rural Development, Shri Arvind Kulkarni, in the presence of senior officials from the participating States.',
  'In the first phase, the dashboard covers 12 States, including Bihar, Madhya Pradesh, Odisha, Rajasthan and Uttar Pradesh. It ' +
    'brings together data on road condition, maintenance contracts, funds released and inspections carried out by State quality ' +
    'monitors. The remaining States and Union Territories will be added by March 2026.',
  'Speaking on the occasion, Shri Kulkarni said that rural roads were the lifeline of village economies, connecting farmers to ' +
    'markets and children to schools, and that their maintenance was as important as their construction. He said the dashboard ' +
    'would make the condition of every road visible to the public and to the officials responsible for keeping it in good repair.',
  'Under the new system, contractors are required to upload photographs of each road stretch every quarter during the five-year ' +
    'maintenance period. The photographs are geo-tagged and time-stamped, and are reviewed by independent monitors. Payments to ' +
    'contractors will be linked to the condition ratings recorded on the dashboard.',
  'Citizens can also report potholes, washed-out culverts and damaged shoulders through the Meri Sadak mobile application. Each ' +
    'complaint is forwarded to the executive engineer of the district concerned, who must respond within 15 working days. The ' +
    'status of every complaint can be tracked on the dashboard.',
  'Officials from the States shared their experience of pilot testing the platform in 40 districts over the last six months. ' +
    'During the pilot, more than 9,600 complaints were received, of which 87 per cent were resolved within the prescribed time.',
  'The Ministry has also issued revised guidelines for routine maintenance, which include annual condition surveys, the use of ' +
    'local materials where possible and the involvement of Gram Panchayats in identifying stretches that need urgent repairs.',
];
// biome-ignore format: kept on two lines
const pibTop = [
  'Skip to main content', 'Screen Reader Access', 'A-', 'A+', 'English', 'हिन्दी', 'اردو',
  'मराठी', 'ਪੰਜਾਬੀ', 'தமிழ்',
];
const pibMenu = ['Home', 'Press Releases', 'Backgrounders', 'Factsheets', 'Photos', 'Videos', 'E-Books', 'Media Accreditation', 'Contact Us'];
const pibLangs = ['Urdu', 'Hindi', 'Tamil', 'Odia'];
const pibSide = [
  'Union Minister reviews progress of rural housing scheme in North-Eastern States',
  'National workshop on women self-help groups and rural enterprises held in Bhubaneswar',
  'Rural Development Ministry signs MoU with IIT Kharagpur for road quality research',
];
const pibFoot = ['Website Policies', 'Copyright Policy', 'Hyperlinking Policy', 'Privacy Policy', 'Terms & Conditions', 'Help', 'Feedback'];
const pibHosted = 'Site is hosted and maintained by Press Information Bureau, Government of India.';
const pibHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head id="Head1"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Press Release:Press Information Bureau</title><meta name="description" content="${pibTitle}">
<meta property="og:title" content="${pibTitle}"><meta property="og:image" content="https://static.pib.gov.in/WriteReadData/specificdocs/photos/emblem.jpg">
<meta property="og:url" content="https://www.pib.gov.in/PressReleasePage.aspx?PRID=2178451"><meta name="twitter:card" content="summary_large_image">
<link href="/Content/bootstrap.min.css" rel="stylesheet"><link href="/Content/style.css?v=4.2" rel="stylesheet">
<script src="/Scripts/jquery-3.6.0.min.js"></script><script async src="https://www.googletagmanager.example/gtag/js?id=G-0PQ7HVNM"></script></head>
<body><form method="post" action="./PressReleasePage.aspx?PRID=2178451" id="form1"><div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTk0NjQ5NzI4NQ9kFgICAw9kFgQCAQ8PFgIeBFRleHQFB2xhYmVsMWRkAgMPZBYC"></div>
<div class="top-strip"><div class="container"><ul class="top-strip-left"><li><a href="#main" class="skip">${pibTop[0]}</a></li>
<li><a href="/ScreenReader.aspx">${pibTop[1]}</a></li></ul><ul class="font-size-controls"><li><button type="button" class="decrease">${pibTop[2]}</button></li>
<li><button type="button" class="normal">A</button></li><li><button type="button" class="increase">${pibTop[3]}</button></li></ul>
<select class="lang-select" aria-label="Select language">${pibTop
  .slice(4)
  .map((t) => `<option>${t}</option>`)
  .join('\n')}</select></div></div>
<header class="header"><div class="container"><div class="logo"><a href="/indexm.aspx"><img src="/images/emblem.png" alt="Emblem of India"></a>
<div class="logo-text"><span class="logo-title">Press Information Bureau</span><span class="logo-sub">Government of India</span></div></div>
<div class="g20-logo"><img src="/images/azadi-logo.png" alt=""></div></div></header>
<nav class="navbar navbar-default main-menu"><div class="container"><ul class="nav navbar-nav">${links(pibMenu)}</ul></div></nav>
<div class="content-area" id="main"><div class="container"><div class="row"><div class="col-md-9">
<div class="innner-page-main-about-us-content-right-part"><div class="MinistryNameSubhead text-center">Ministry of Rural Development</div>
<h2 style="text-align:center" class="text-center">${pibTitle}</h2>
<div class="ReleaseDateSubHeaddateTime text-center pt20">Posted On: 14 OCT 2025 4:37PM by PIB Delhi</div>
<div class="pt20" id="PdfDiv"><ul>${pibHigh.map((t) => `<li><p style="text-align:justify"><strong>${t}</strong></p></li>`).join('\n')}</ul>
${pibP1.map((t) => `<p style="text-align:justify">${t}</p>`).join('\n')}
<p style="text-align:center">***</p><p style="text-align:justify">SK/AKS</p></div>
<div class="ReleaseLang"><span class="releaseId">(Release ID: 2178451)</span>&nbsp;<span class="visitor">Visitor Counter : 1247</span></div>
<div class="ReleaseLang">Read this release in: ${pibLangs.map((t) => `<a href="/PressReleasePage.aspx?PRID=2178${t.length}">${t}</a>`).join(' , ')}</div>
<div class="share-icons"><span>Share :</span><a href="https://www.facebook.example/sharer.php" title="Facebook"><img src="/images/fb.png" alt="Facebook"></a>
<a href="https://twitter.example/intent/tweet" title="Twitter"><img src="/images/tw.png" alt="Twitter"></a>
<a href="whatsapp://send" title="WhatsApp"><img src="/images/wa.png" alt="WhatsApp"></a></div></div></div>
<div class="col-md-3"><div class="sidebar"><h3 class="sidebar-title">Releases from Ministry of Rural Development</h3><ul class="sidebar-list">
${links(pibSide)}</ul><a class="view-all" href="/allRel.aspx">View All</a></div></div></div></div></div>
<footer class="footer"><div class="container"><ul class="footer-links">${links(pibFoot)}</ul><p class="hosted">${pibHosted}</p>
<p class="last-updated">Last Updated: 14 Oct 2025</p></div></footer>
<div class="aspNetHidden"><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAJ2kTfy3zRrdOi5TZ8="></div></form>
<script src="/Scripts/bootstrap.min.js"></script><script src="/Scripts/custom.js"></script></body></html>`;
export const pib: TestPage = {
  html: pibHtml,
  name: 'heldout199-pib-press-release',
  kind: 'news',
  // the headline is the h2 (the page has no h1); the highlight bullets are body; the ministry name above the headline, the
  // "***", the initials and the release id are in neither list; "Posted On" is a byline; the visitor counter, the language
  // links, share icons, the sidebar, menu and footer are furniture
  title: pibTitle,
  headings: [],
  body: texts([...pibHigh, ...pibP1]),
  bylines: ['Posted On: 14 OCT 2025 4:37PM by PIB Delhi'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pibTop, 'Press Information Bureau', 'Government of India', ...pibMenu, 'Visitor Counter : 1247', 'Read this release in:', ...pibLangs,
    'Share :', 'Releases from Ministry of Rural Development', ...pibSide, 'View All', ...pibFoot, pibHosted, 'Last Updated: 14 Oct 2025',
  ],
};
