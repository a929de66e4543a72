import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 212: a Smithsonian Global Volcanism Program weekly volcanic activity report on volcano.si.edu (reports_weekly.cfm),
 * as "Save page as" stores it: Smithsonian header and menus, the report with its editor line, the new/ongoing summary lines, one
 * table block a volcano (name, coordinates, report, sources, geologic summary, profile links), the share bar and the footer.
 */
const title = 'Weekly Volcanic Activity Report';
const intro = [
  'The Weekly Volcanic Activity Report is a cooperative project between the Smithsonian’s Global Volcanism Program and the ' +
    'US Geological Survey’s Volcano Hazards Program. Updated by 2300 UTC every Wednesday, notices of volcanic activity posted ' +
    'on these pages are preliminary and subject to change as events are studied in more detail. This is not a comprehensive ' +
    'list of all of Earth’s volcanoes erupting during the week, but rather a summary of activity at volcanoes that meet the ' +
    'criteria discussed in detail in the “Criteria and Disclaimers” section.',
];
const hNew = 'New Activity/Unrest';
const hOn = 'Ongoing Activity';
type V = { name: string; country: string; coords: string; report: string[]; sources: string; summary: string };
const vols: V[] = [
  {
    name: 'Taraweh',
    country: 'Indonesia',
    coords: '7.412°S, 112.904°E; summit elev. 2714 m',
    report: [
      'The Center for Volcanology and Geological Hazard Mitigation (PVMBG) reported that the number of volcano-tectonic ' +
        'earthquakes at Taraweh increased from an average of four per day in February to 37 per day during 3-7 March. White ' +
        'fumarolic plumes rose as high as 300 m above the summit and drifted W. Ground deformation data showed inflation of ' +
        'the upper flanks. The Alert Level was raised to 2 (on a scale of 1-4) on 6 March and the public was warned to stay ' +
        'at least 2 km away from the crater.',
    ],
    sources: 'Center for Volcanology and Geological Hazard Mitigation (PVMBG, also known as CVGHM)',
    summary:
      'Taraweh is a stratovolcano with a summit crater lake in eastern Java. Historical eruptions, recorded since the 18th ' +
      'century, have been dominantly phreatic and have produced lahars that affected villages on the N flank.',
  },
  {
    name: 'Cerro Quillay',
    country: 'Chile',
    coords: '38.271°S, 71.602°W; summit elev. 2966 m',
    report: [
      'The Servicio Nacional de Geología y Minería (SERNAGEOMIN) reported that a swarm of long-period earthquakes began at ' +
        'Cerro Quillay on 4 March and continued through 9 March. Webcam images showed a small gas plume rising from the main ' +
        'crater on 8 March, the first visible emission since 2019. The Alert Level was raised to Yellow, the second lowest ' +
        'level on a four-color scale.',
    ],
    sources: 'Servicio Nacional de Geología y Minería (SERNAGEOMIN)',
    summary:
      'Cerro Quillay is a glacier-capped stratovolcano in the southern Andes. Its last significant eruption, in 1934, produced ' +
      'lava flows on the SE flank and lahars that reached the Río Trancura valley.',
  },
  {
    name: 'Kessaly',
    country: 'Papua New Guinea',
    coords: '5.148°S, 150.512°E; summit elev. 1304 m',
    report: [
      'The Rabaul Volcanological Observatory (RVO) reported that the eruption at Kessaly continued during 2-8 March. Ash plumes ' +
        'rose 500-800 m above the summit and drifted NW, causing minor ashfall in villages on the downwind flank. Incandescence ' +
        'at the summit was visible at night. Residents were advised to cover water tanks.',
    ],
    sources: 'Rabaul Volcanological Observatory (RVO); Darwin Volcanic Ash Advisory Centre (VAAC)',
    summary:
      'Kessaly is a small basaltic-andesitic stratovolcano on the north coast of New Britain. Frequent mild explosive eruptions ' +
      'have been recorded since the late 19th century.',
  },
  {
    name: 'Mount Oruhaka',
    country: 'New Zealand',
    coords: '39.081°S, 175.732°E; summit elev. 2405 m',
    report: [
      'GeoNet reported that sulfur dioxide emissions at Mount Oruhaka remained elevated during 3-9 March, averaging about 900 ' +
        'tonnes per day. The temperature of the crater lake rose from 38 to 44 °C. The Volcanic Alert Level remained at 1 ' +
        '(on a scale of 0-5) and the Aviation Color Code remained at Green.',
    ],
    sources: 'GeoNet',
    summary:
      'Mount Oruhaka is an andesitic volcano in the central North Island whose summit crater hosts an acidic lake. Phreatic ' +
      'eruptions from the lake have occurred every few decades in historical time.',
  },
];
const vname = (v: V): string => `${v.name} | ${v.country}`;
const block = (v: V, i: number): string => `<div class="WeeklyReport" id="wr${i}"><table class="DataTable" width="100%"><tbody><tr>
<td class="WeeklyNameText"><h3 class="WeeklyVolcName">${vname(v)}</h3><div class="WeeklyCoords">${v.coords}</div></td>
<td class="WeeklyLinks"><a href="/volcano.cfm?vn=${260000 + i}">Volcano Profile</a> | <a href="/showreport.cfm?wvar=GVP.WVAR${i}">Complete Activity Report</a>
</td></tr><tr><td colspan="2"><div class="WeeklyText">${v.report.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="WeeklySources"><p>Sources: ${v.sources}</p></div>
<div class="WeeklyGeoSummary"><p><b>Geologic Summary.</b> ${v.summary}</p></div></td></tr></tbody></table></div>`;
const nav = ['Volcanoes', 'Eruptions', 'Search', 'Reports', 'Resources', 'Database', 'About GVP'];
const sub = ['Weekly Reports', 'Bulletin Reports', 'Ash Advisories', 'Special Announcements'];
const foot = ['Contact Us', 'Privacy', 'Terms of Use', 'Accessibility', 'Careers', 'Smithsonian Institution', 'National Museum of Natural History'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Global Volcanism Program | Weekly Volcanic Activity Report</title>
<meta name="description" content="Weekly Volcanic Activity Report, 4 March-10 March 2026"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/includes/gvp.css?v=20240118"><script src="/includes/jquery-3.6.0.min.js"></script><script src="/includes/gvp.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-GVP"></script></head>
<body><div id="siMasthead"><a href="https://www.si.edu">Smithsonian Institution</a> | <a
href="https://naturalhistory.si.edu">National Museum of Natural History</a>
| <span class="gvpName">Global Volcanism Program</span></div>
<div id="NavBar"><ul class="TopNav">${links(nav, 'TopNavItem')}</ul><ul class="SubNav">${links(sub, 'SubNavItem')}</ul></div>
<div id="Content"><div class="TitleDiv"><h1 class="PageTitle">${title}</h1><h2 class="WeeklyDates">4 March-10 March 2026</h2>
<p class="Editor">Sally Brennock - Weekly Report Editor</p></div>
<div class="WeeklyIntro">${intro.map((p) => `<p>${p}</p>`).join('\n')}
<p class="WeeklyLinks"><a href="/reports_weekly.cfm?weekstart=20260225">Previous Report</a> | <a href="/reports_weekly_archive.cfm">Archive</a>
| <a href="/reports_criteria.cfm">Criteria and Disclaimers</a></p></div>
<div class="WeeklyIndex"><p><b>New Activity/Unrest:</b> ${vols
  .slice(0, 2)
  .map((v, i) => `<a href="#wr${i}">${v.name}, ${v.country}</a>`)
  .join(' | ')}</p>
<p><b>Ongoing Activity:</b> ${vols
  .slice(2)
  .map((v, i) => `<a href="#wr${i + 2}">${v.name}, ${v.country}</a>`)
  .join(' | ')}</p></div>
<div class="WeeklySection"><h2 class="WeeklySectionTitle">${hNew}</h2>${vols.slice(0, 2).map(block).join('\n')}</div>
<div class="WeeklySection"><h2 class="WeeklySectionTitle">${hOn}</h2>${vols
  .slice(2)
  .map((v, i) => block(v, i + 2))
  .join('\n')}</div>
<div class="ShareBar"><span>Share</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
<div class="Subscribe"><p>Sign up to receive the Weekly Volcanic Activity Report by email every Wednesday.</p><a href="/subscribe.cfm">Subscribe</a></div></div>
<div id="Footer"><ul>${links(foot)}</ul><p>Copyright © 2026 Smithsonian Institution</p></div></body></html>`;
export const gvpWeekly: TestPage = {
  name: 'heldout212-smithsonian-gvp-weekly-report',
  kind: 'docs',
  html,
  title,
  // each volcano's "Name | Country" line is a heading under its section heading; its report paragraph and its geologic summary
  // are body; its coordinates line, "Sources:" line and the new/ongoing index lines are in neither list; the report week and
  // the editor line are bylines
  headings: [hNew, ...vols.slice(0, 2).map(vname), hOn, ...vols.slice(2).map(vname)],
  body: texts([...intro, ...vols.flatMap((v) => [...v.report, `Geologic Summary. ${v.summary}`])]),
  bylines: ['4 March-10 March 2026', 'Sally Brennock - Weekly Report Editor'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Smithsonian Institution', 'National Museum of Natural History', 'Global Volcanism Program', ...nav, ...sub, 'Previous Report', 'Archive',
    'Criteria and Disclaimers', 'Volcano Profile', 'Complete Activity Report', 'Share', 'Facebook', 'Email',
    'Sign up to receive the Weekly Volcanic Activity Report by email every Wednesday.', 'Subscribe', ...foot.slice(0, 5),
    'Copyright © 2026 Smithsonian Institution',
  ],
};
