import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 175, file b2: an Australian Dictionary of Biography entry on the ANU site (the ANU brand bar, the ADB
 * banner and menu, the "Browse" and "Search" tools, the entry header with life dates, "by" author line and the "This
 * article was published" volume note, the entry text, "Select Bibliography", "Citation details", the "Life Summary" and
 * "Related Entries" sidebar, "Additional Resources", the Obituaries Australia and People Australia cross-links and the ANU
 * footer with its Acknowledgement of Country).
 */
const adTitle = 'Whitcombe, Agnes Laurel (1894–1968)';
const adP1 = [
  'Agnes Laurel Whitcombe (1894-1968), agricultural scientist, was born on 2 August 1894 at Merrivale, near Gundagai, New South ' +
    'Wales, eldest of four children of Thomas Whitcombe, a New South Wales-born farmer, and his wife Ellen, née Carrick, who ' +
    'came from Ayrshire, Scotland. Educated at the local public school and at Sydney Girls\u2019 High School, Agnes won a bursary to ' +
    'the University of Sydney (B.Sc., 1916; D.Sc., 1934), where she studied botany under Professor Harold Lindqvist.',
  'In 1917 Whitcombe joined the Department of Agriculture as a laboratory assistant at the Wagga Experiment Farm, the first woman ' +
    'appointed to its scientific staff. She was set to work on rust in wheat, then the most costly disease of the State\u2019s ' +
    'crop. Over the next twelve years she crossed and tested some 3,000 lines, keeping meticulous records of each in a series of ' +
    'field notebooks that survive in the department\u2019s archives.',
  'Her most successful selection, released in 1929 as Lachlan, combined resistance to stem rust with the early maturity farmers ' +
    'on the western slopes needed. By 1936 it was sown on nearly a fifth of the State\u2019s wheat area. Whitcombe received little ' +
    'public credit; the department\u2019s annual report named the variety but not its breeder, and she was paid less than the ' +
    'male assistants she supervised. Friends recalled that she spoke of this drily, if at all.',
  'Promoted to plant breeder in 1937, Whitcombe led the department\u2019s small wheat-breeding team through the difficult war years, ' +
    'when staff and fertiliser were both short. She served on the council of the Agricultural Bureau of New South Wales and was ' +
    'president (1948-50) of the Sydney branch of the Australian Federation of University Women, for which she campaigned for ' +
    'equal pay in the public service.',
  'Whitcombe retired in 1954 to a small property at Bowral, where she grew daffodils and bred Border Leicester sheep. Unmarried, ' +
    'she died on 19 June 1968 at Bowral and was buried in the Anglican section of the local cemetery. A wheat variety released in ' +
    '1972 was named Agnes in her honour.',
];
const adBibH = 'Select Bibliography';
const adBib = [
  'Agricultural Gazette of New South Wales, 1 Aug 1929, p 601',
  'Sydney Morning Herald, 21 June 1968, p 12',
  'J. Fairlie, Breeding for Rust Resistance in New South Wales (1981)',
  'Whitcombe papers (State Library of New South Wales)',
];
const adBy = 'by Margaret Quennell';
const adPub = 'This article was published in Australian Dictionary of Biography, Volume 16, (Melbourne University Press), 2002';
const adCite =
  'Margaret Quennell, \u2018Whitcombe, Agnes Laurel (1894\u20131968)\u2019, Australian Dictionary of Biography, National Centre of Biography, ' +
  'Australian National University, https://adb.anu.edu.au/biography/whitcombe-agnes-laurel-11942/text21401, published first in hardcopy 2002, ' +
  'accessed online 6 October 2025.';
const adAnu = ['Study', 'Research', 'Giving', 'About ANU', 'Search ANU'];
const adMenu = ['Home', 'Browse', 'Advanced Search', 'Authors', 'Biographical Register', 'About', 'Contact'];
const adLife = ['Birth: 2 August 1894, Merrivale, New South Wales, Australia', 'Death: 19 June 1968, Bowral, New South Wales, Australia'];
const adLifeMore = ['Cultural Heritage: Scottish', 'Religious Influence: Anglican', 'Occupation: agricultural scientist', 'plant breeder'];
const adRelated = ['Lindqvist, Harold (1868–1941)', 'Fairlie, James (1902–1979)', 'Carrick, Ellen (1866–1940)'];
const adMore = ['Obituaries Australia', 'People Australia', 'Australian Women\u2019s Register', 'Print', 'Cite'];
const adFoot = ['Contact ANU', 'Copyright', 'Disclaimer', 'Privacy', 'Freedom of Information'];
const adFootNote = ['TEQSA Provider ID: PRV12002 (Australian University)', 'CRICOS Provider: 00120C', 'ABN: 52 234 063 906'];
const adAck =
  'The Australian National University acknowledges, celebrates and pays our respects to the Ngunnawal and Ngambri people of the ' +
  'Canberra region and to all First Nations Australians on whose traditional lands we meet and work.';
const adHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Biography - Agnes Laurel Whitcombe - Australian Dictionary of Biography</title>
<meta name="description" content="Agnes Laurel Whitcombe (1894-1968), agricultural scientist, was born on 2 August 1894 at Merrivale">
<meta name="DC.Creator" content="Margaret Quennell"><meta name="DC.Date" content="2002">
<link rel="stylesheet" href="https://style.anu.edu.au/_anu/4/style/anu-common.min.css"><link rel="stylesheet" href="/css/adb.css">
<script src="https://style.anu.edu.au/_anu/4/scripts/jquery-1.11.3.min.js"></script></head>
<body class="ncb adb">
<div id="bnr-wrap" class="bnr-uni"><div id="bnr-left"><a href="https://www.anu.edu.au/" class="anu-logo-png"><img src="/_anu/4/images/logos/anu_logo.png"
alt="The Australian National University"></a></div><div id="bnr-right"><ul class="bnr-links">${links(adAnu)}</ul></div></div>
<div id="bnr-gwy" class="bnr-gwy-high" role="banner"><div class="bnr-line-divider"><h2 class="bnr-site-title">Australian Dictionary of Biography</h2>
<p class="bnr-site-sub">National Centre of Biography</p></div></div>
<div id="menu"><ul class="menu-flat">${links(adMenu)}</ul></div>
<div id="body-wrap"><div id="body" class="body-wide">
<div class="doublewide narrow nopadbottom"><div id="contentHeader" class="entryHeader">
<h1 class="fullName">${adTitle}</h1><div class="authorName">${adBy}</div>
<div class="volumeNote"><em>${adPub}</em></div></div>
<div class="biography" id="biographyText">
${ps(adP1)}
<h2 id="selectBibliography">${adBibH}</h2>
<ul class="selectBibliography">${adBib.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>Citation details</h2><p class="citation">${adCite}</p>
</div></div>
<div class="narrow right nopadtop"><div class="box-solid box-pad"><h2 class="lifeSummary">Life Summary</h2>
<p><a href="#">[details]</a></p><ul>${adLife.map((t) => `<li>${t}</li>`).join('')}${adLifeMore.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div class="box-solid box-pad"><h2>Related Entries</h2><ul>${links(adRelated)}</ul></div>
<div class="box-solid box-pad"><h2>Additional Resources</h2><ul>${links(adMore)}</ul></div></div>
</div></div>
<div id="footer-wrap" role="contentinfo"><footer id="anu-footer"><ul class="anu-ftr-links">${links(adFoot)}</ul>
<p class="acknowledgement"><strong>Acknowledgement of Country</strong></p><p>${adAck}</p>
<ul class="anu-ftr-ids">${adFootNote.map((t) => `<li>${t}</li>`).join('')}</ul></footer></div>
<script src="https://style.anu.edu.au/_anu/4/scripts/anu-common.min.js"></script></body></html>`;
export const adbPage: TestPage = {
  html: adHtml,
  name: 'heldout175-adb-anu-biography',
  kind: 'wiki',
  // the "by" line, the volume note and the "Citation details" paragraph are bylines; "Select Bibliography" is a part of the
  // entry (heading and body)
  title: adTitle,
  headings: [adBibH],
  body: texts([...adP1, ...adBib]),
  bylines: [adBy, adPub, adCite],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...adAnu, 'Australian Dictionary of Biography', 'National Centre of Biography', ...adMenu, 'Citation details', 'Life Summary', '[details]',
    ...adLife, ...adLifeMore, 'Related Entries', ...adRelated, 'Additional Resources', ...adMore, ...adFoot, 'Acknowledgement of Country', adAck,
    ...adFootNote,
  ],
};
