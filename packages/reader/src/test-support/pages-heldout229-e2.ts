import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 229, file e2: a charity's quarterly newsletter as Campaign Monitor's web version saves it (the createsend
 * head and tracking script, the hidden preheader with "View online", the logo header, a layout of one-column and two-column
 * blocks with a lead story, a pull figure, a photo caption, a "Donate now" button, two side stories under h2s, the social
 * icons and the footer with Forward / Preferences / Unsubscribe and the registered charity line).
 */
const cmTitle = 'A winter of warm rooms: how your gifts kept 31 community spaces open';
const cmDate = 'Winter newsletter 2025';
const cmLead = [
  'Last winter, when heating bills reached their highest level in a generation, we asked whether you would help keep the ' +
    'lights and heating on in community spaces across the Tamar valley. You answered with more than we had hoped for.',
  'Thanks to 1,840 donors, we funded 31 warm rooms in church halls, libraries, a boxing club and a fire station. Between December ' +
    'and March they opened for 4,200 sessions, served hot drinks and soup, and gave people somewhere to sit, talk and charge their ' +
    'phones without worrying about the meter.',
  'Volunteers kept simple counts at the door. Over the season, the rooms welcomed around 22,000 visits, and about a third of the ' +
    'people who came told volunteers they had been spending at least part of each day in a cold home.',
];
const cmFig = '31 warm rooms, 4,200 sessions, around 22,000 visits';
const cmCaption = 'Volunteers at the Calstock fire station warm room in January.';
const cmH1 = 'More than a warm seat';
const cmP1 = [
  'Several rooms became much more than somewhere warm. In Gunnislake, the library room started a weekly advice session with ' +
    'the local energy adviser, who helped 64 households switch tariffs or claim support they were entitled to.',
];
const cmH2 = 'What happens this winter';
const cmP2 = [
  'Twenty-six of last year’s rooms want to open again, and nine new groups have asked to join. A gift of £25 covers the ' +
    'heating for one room for an afternoon. If you can, please help us say yes to every one of them.',
];
const cmBtn = 'Donate now';
const cmFoot = [
  'Tamar Valley Community Trust is a registered charity in England and Wales, no. 1187733.',
  'Unit 4, Riverside Works, Tavistock PL19 8AB',
  'You are receiving this because you have supported our work or signed up on our website.',
];
const cmHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>A winter of warm rooms</title><meta name="viewport" content="width=device-width"><meta property="og:title" content="${cmTitle}">
<link rel="canonical" href="https://tamarvalleytrust.createsend1.com/t/ViewEmail/j/8C1A2B3D4E5F6071/C67FD2F38AC4859C">
<style type="text/css">.preheader{display:none}.layout .column{vertical-align:top}</style>
<script type="text/javascript" src="https://js.createsend1.com/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript">var _cmTrack = {"campaignId":"8C1A2B3D4E5F6071","webVersion":true};</script></head>
<body class="full-padding" style="margin:0;padding:0"><table class="wrapper" style="border-collapse:collapse;table-layout:fixed;width:100%" cellpadding="0"
cellspacing="0" role="presentation"><tbody><tr><td><div role="banner"><div class="preheader" style="display:none"><div class="snippet">Our winter
update, and what comes next.</div><div class="webversion"><p>No images? <a href="https://tamarvalleytrust.createsend1.com/t/ViewEmail">Click here</a>
</p></div></div>
<div class="header" id="emb-email-header-container"><div class="logo emb-logo-margin-box"><div class="logo-center" align="center" id="emb-email-header">
<img style="display:block" src="https://i1.createsend1.com/ei/j/logo.png" alt="Tamar Valley Community Trust" width="180"></div></div></div></div>
<div role="section"><div class="layout one-col fixed-width stack" style="max-width:600px"><div class="layout__inner"><div class="column">
<div style="margin-left:24px;margin-right:24px"><p class="size-12" style="text-transform:uppercase">${cmDate}</p>
<h1 class="size-28" style="margin-top:0">${cmTitle}</h1>${cmLead.map((p) => `<p class="size-16">${p}</p>`).join('\n')}</div>
<div style="margin-left:24px;margin-right:24px"><p class="size-22" style="font-weight:bold;color:#c0392b">${cmFig}</p></div>
<div style="font-size:12px;font-style:normal;font-weight:normal" align="center"><img class="gnd-corner-image" src="https://i1.createsend1.com/ei/j/warm.jpg"
alt="" width="600"></div><div style="margin-left:24px;margin-right:24px"><p class="size-12" style="color:#777">${cmCaption}</p></div></div></div></div>
<div class="layout two-col fixed-width stack" style="max-width:600px"><div class="layout__inner"><div class="column narrow">
<div style="margin-left:24px;margin-right:24px"><h2 class="size-20">${cmH1}</h2>${cmP1.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="column wide"><div style="margin-left:24px;margin-right:24px"><h2 class="size-20">${cmH2}</h2>${cmP2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="btn btn--flat btn--large" style="text-align:left">
<a style="background-color:#c0392b;color:#fff" href="https://tamarvalleytrust.createsend1.com/t/d-l-donate">
${cmBtn}</a></div></div></div></div></div>
<div role="contentinfo"><div class="layout email-footer" style="max-width:600px"><div class="layout__inner"><div class="column wide">
<div class="footer__share-button"><a class="emb-web-links" href="https://www.facebook.com/tamarvalleytrust">Facebook</a>
<a class="emb-web-links" href="https://www.instagram.com/tamarvalleytrust">Instagram</a></div>
<div style="font-size:12px;line-height:19px"><div>${cmFoot[0]}</div><div>${cmFoot[1]}</div></div>
<div style="font-size:12px;line-height:19px;margin-top:18px"><div>${cmFoot[2]}</div></div></div>
<div class="column narrow"><div style="font-size:12px;line-height:19px"><span><a href="https://tamarvalleytrust.forwardtomyfriend.com/j">Forward</a></span>
&nbsp;|&nbsp;<span><a href="https://tamarvalleytrust.updatemyprofile.com/j">Preferences</a></span>
&nbsp;|&nbsp;<span><a href="https://tamarvalleytrust.createsend1.com/t/j-u-unsub">Unsubscribe</a></span></div></div></div></div></div></div>
</td></tr></tbody></table><img style="overflow:hidden;position:fixed;visibility:hidden" src="https://tamarvalleytrust.createsend1.com/t/j-o-open.gif"
alt="" width="1" height="1"></body></html>`;
export const campaignMonitorWebVersion: TestPage = {
  html: cmHtml,
  name: 'heldout229-campaign-monitor-charity-webversion-news',
  kind: 'news',
  // the lead story and the two side stories under their h2s are the article; the pull figure is body (the story's own
  // number line); the issue label above the h1 is a dateline (byline)
  title: cmTitle,
  headings: [cmH1, cmH2],
  body: texts([...cmLead, cmFig, ...cmP1, ...cmP2]),
  bylines: [cmDate],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Our winter update, and what comes next.', 'No images? Click here', cmCaption, cmBtn, 'Facebook', 'Instagram', ...cmFoot, 'Forward',
    'Preferences', 'Unsubscribe',
  ],
};
