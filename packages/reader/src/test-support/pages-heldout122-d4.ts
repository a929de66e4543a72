/** Held-out batch 122, file d4: the texts of the NASA news article of file d3 (article, captions, menus, rails, footer). */
export const nsTitle = 'NASA’s Kestrel Sounder Tracks Hidden Moisture Feeding Gulf Storms';
export const nsP1 = [
  'A small NASA instrument flying aboard a commercial weather satellite has produced its first maps of water vapor in the lowest layer of ' +
    'the atmosphere, where moisture that fuels thunderstorms is hardest to see from space.',
  'The Kestrel sounder, built at NASA’s Goddard Space Flight Center in Greenbelt, Maryland, launched in June on a rideshare mission and ' +
    'completed its checkout in September. In its first weeks of science operations, it followed bands of humid air streaming north from the Gulf ' +
    'hours before storms developed over Texas and Louisiana.',
  '“Forecasters have always had a blind spot near the ground,” said Dr. Halima Osei-Bonsu, Kestrel principal investigator at Goddard. ' +
    '“Kestrel is showing us where the fuel for storms is piling up before the clouds form.”',
];
export const nsH1 = 'A new look at the lowest mile of air';
export const nsP2 = [
  'Most satellite instruments that measure water vapor see the whole column of air at once, and their view of the bottom layer is blurred by ' +
    'the moisture above it. Kestrel measures microwave signals at 14 closely spaced frequencies, which lets scientists separate the layer ' +
    'closest to the surface from the air above.',
  'The instrument weighs just 38 pounds and uses about as much power as a desktop computer. Its small size let the team fly it as a hosted ' +
    'payload on a satellite owned by a private company, at a fraction of the cost of a dedicated mission.',
];
export const nsH2 = 'Sharing data with forecasters';
export const nsP3 = [
  'Starting this month, Kestrel data will be delivered within 90 minutes of each observation to the National Weather Service and to ' +
    'researchers through NASA’s Earthdata system. Forecasters at two regional offices will test whether the maps improve short-term warnings ' +
    'for severe storms and flash floods.',
  '“If we can see a moisture surge three or four hours earlier, that is three or four more hours for people to prepare,” said Ricardo ' +
    'Villanueva-Stroud, a meteorologist at the Weather Service office in Lake Charles, Louisiana, which is taking part in the test.',
  'The mission is planned to run for at least two years. NASA is studying whether a constellation of Kestrel instruments on several ' +
    'satellites could provide updates every hour over the whole country.',
  'Kestrel is managed by Goddard for NASA’s Earth Science Division as part of the agency’s Earth System Explorers program.',
];
export const nsCaption1 =
  'This map from the Kestrel sounder shows moist air near the surface (dark blue) flowing north from the Gulf on Sept. 18, 2025, about four ' +
  'hours before thunderstorms formed over southeast Texas.';
export const nsCredit1 = 'NASA/Goddard/Kestrel Science Team';
export const nsCaption2 = 'Engineers prepare the Kestrel sounder for vibration testing at Goddard in February 2025.';
export const nsCredit2 = 'NASA/Bernadette Okoye';
export const nsExplore = ['Explore', 'Search', 'News & Events', 'Multimedia', 'NASA+'];
export const nsMenu = [
  'Missions',
  'Humans in Space',
  'Earth',
  'The Solar System',
  'The Universe',
  'Science',
  'Aeronautics',
  'Technology',
  'Learning Resources',
  'About NASA',
  'NASA en Español',
];
export const nsTerms = ['Earth', 'Earth Science', 'Goddard Space Flight Center', 'Severe Storms', 'Water Vapor'];
export const nsMore = [
  ['NASA Satellites Help Track Smoke from Canadian Wildfires', '3 min read'],
  ['New Ocean Color Maps Reveal Spring Plankton Blooms', '4 min read'],
  ['NASA Airborne Campaign Flies Through Sea Breeze Storms', '5 min read'],
];
export const nsDiscover = ['Missions', 'Humans in Space', 'Climate Change', 'Solar System'];
export const nsFootAbout = [
  'NASA Information',
  'National Aeronautics and Space Administration',
  'NASA explores the unknown in air and space, innovates for the benefit of humanity, and inspires the world through discovery.',
  'About NASA’s Mission',
  'Join Us',
];
export const nsFootLinks = [
  'Sitemap',
  'For Media',
  'Privacy Policy',
  'FOIA',
  'No FEAR Act',
  'Office of the IG',
  'Budget & Annual Reports',
  'Agency Financial Reports',
  'Contact NASA',
  'Accessibility',
];
export const nsSocial = ['Follow NASA', 'More NASA Social Accounts', 'NASA Newsletters'];
