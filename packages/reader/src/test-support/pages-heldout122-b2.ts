/** Held-out batch 122, file b2: the texts of the CDC health topic page of file b (article, header, navigation, footer). */
export const cdTitle = 'Preventing Heat Illness in Youth Sports';
export const cdKey = 'Key points';
export const cdKeyList = [
  'Young athletes can develop heat illness during practices and games, even on days that do not feel very hot.',
  'Heat stroke is a medical emergency. Cool the athlete right away and call 911.',
  'Coaches, parents and athletes can prevent most heat illness with planning, water breaks and rest in the shade.',
];
export const cdH = ['Why young athletes are at risk', 'Signs and symptoms', 'Preventing heat illness', 'What to do in an emergency'];
export const cdP1 = [
  'Children and teenagers who play sports in summer and early fall are among the people most likely to be treated for heat illness. Many ' +
    'practices start in August, before athletes have had time to get used to working hard in the heat.',
  'Athletes wearing helmets and pads lose body heat more slowly. Those who have been sick recently, who are not sleeping well, or who arrive ' +
    'at practice without having had enough to drink are also at higher risk.',
  'In a review of emergency department records from 14 states, visits for heat illness among people aged 12 to 18 were three times as high ' +
    'in the first two weeks of preseason practice as in the rest of the season.',
];
export const cdP2 = ['Heat illness can get worse quickly. Watch for:'];
export const cdL1 = [
  '<strong>Heat cramps:</strong> painful muscle spasms, usually in the legs or stomach, and heavy sweating.',
  '<strong>Heat exhaustion:</strong> headache, dizziness, nausea, weakness, cool and clammy skin, and a fast, weak pulse.',
  '<strong>Heat stroke:</strong> confusion, slurred speech, fainting, hot skin and a body temperature of 104°F or higher. Sweating may ' + 'have stopped.',
];
export const cdP3 = [
  'An athlete with heat cramps or heat exhaustion should stop playing, move to a cool place, loosen their clothing and sip water. Get ' +
    'medical help if symptoms get worse or last longer than one hour.',
];
export const cdP4 = ['Schools, leagues and coaches can protect athletes by planning ahead. They can:'];
export const cdL2 = [
  'Increase the length and intensity of practices gradually over the first 10 to 14 days of the season.',
  'Check the heat index or wet bulb globe temperature before every practice and change plans when it is high.',
  'Schedule practices for the early morning or evening, and move them indoors on the hottest days.',
  'Give athletes water breaks at least every 15 to 20 minutes, and let them drink whenever they want.',
  'Limit equipment on hot days, starting the season in helmets only before adding pads.',
  'Have an emergency action plan, with a cold water tub or ice and towels ready at every practice.',
];
export const cdP5 = [
  'Parents can help by making sure athletes sleep well and drink fluids before practice, and by telling the coach about any recent illness ' +
    'or medicine that may affect how their child handles heat.',
];
export const cdP6 = [
  'If you think an athlete has heat stroke, call 911 right away. While you wait for help, cool the athlete as quickly as possible. The best ' +
    'way is to put their body in a tub of cold water up to the neck. If you do not have a tub, cover them with cold, wet towels and ice ' +
    'packs and keep replacing them.',
  'Do not give the athlete anything to drink if they are confused or not fully awake. Keep cooling them until medical help arrives.',
];
export const cdBanner = [
  'An official website of the United States government',
  'Here’s how you know',
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  'means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
];
export const cdTopicNav = [
  'Heat and Health',
  'About Heat and Your Health',
  'Heat and Medications',
  'Heat and Youth Sports',
  'Heat and Older Adults',
  'HeatRisk',
  'Resources for Clinicians',
];
export const cdRelated = ['Extreme Heat', 'Climate and Health', 'Sports Concussion', 'Drowning Prevention'];
export const cdSources = 'Content Source: National Center for Environmental Health';
export const cdFootAbout = ['About CDC', 'Our History', 'Jobs', 'Funding'];
export const cdFootPolicies = [
  'Accessibility',
  'External Links',
  'Privacy',
  'Web Policies',
  'FOIA',
  'OIG',
  'No Fear Act',
  'Nondiscrimination',
  'Vulnerability Disclosure Policy',
];
export const cdLanguages = [
  'Español',
  '繁體中文',
  'Tiếng Việt',
  '한국어',
  'Tagalog',
  'Русский',
  'العربية',
  'Kreyòl Ayisyen',
  'Français',
  'Polski',
  'Português',
];
export const cdFootMisc = ['CDC Archive', 'Public Health Publications', 'HHS.gov', 'USA.gov'];
