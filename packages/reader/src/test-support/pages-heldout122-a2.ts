/** Held-out batch 122, file a2: the texts of the GOV.UK guidance page of file a (article, menus, banners, footer). */
export const gvTitle = 'Private water supplies at holiday lets: risk assessments';
export const gvLead =
  'How owners of holiday cottages, glamping sites and other short-stay lets in England arrange a risk assessment of a private water supply, and what ' +
  'happens afterwards.';
export const gvH = [
  'Who this guidance is for',
  'When you need a risk assessment',
  'Arranging an assessment',
  'What the assessor will check',
  'After the assessment',
  'If you do not have an assessment',
];
export const gvP1 = [
  'This guidance is for you if you let a property to paying guests for short stays and its drinking water does not come from a water company. ' +
    'A private supply can be a borehole, a well, a spring or a stream, and it may serve only your property or be shared with neighbours.',
  'It applies whether you let one room in your home or run a site with several units. It does not apply to a property you let on a tenancy of ' +
    '6 months or more. Your local council will tell you which rules cover long lets.',
];
export const gvP2 = [
  'Your local council must carry out a risk assessment of any private supply that serves a commercial or public activity. Letting a holiday ' +
    'property to paying guests counts as a commercial activity, even if you only let it for a few weeks each year.',
  'The council must repeat the assessment at least every 5 years. It may assess your supply sooner if:',
];
export const gvL1 = [
  'the water source, treatment or pipework has changed',
  'a water sample has failed a test',
  'a guest or member of staff has reported an illness they think was caused by the water',
  'the previous assessment found a high risk that you have not yet dealt with',
];
export const gvNote =
  'You must tell your local council within 28 days if you start letting a property served by a private supply, or if you change the source of ' + 'the water.';
export const gvP3 = [
  'Contact the environmental health team at your local council. Give them the address of the property, the type of source and the number of ' +
    'guests you can accommodate at any one time.',
  'The council will arrange a visit with you. Visits usually take between 1 and 3 hours, depending on how far the source is from the property. ' +
    'You or someone who knows the supply must be there to show the assessor the source, any storage tanks and the treatment equipment.',
  'Councils can charge up to £250 for a risk assessment. The council will tell you the fee before the visit.',
];
export const gvP4 = ['The assessor will look at the whole supply, from the source to the taps your guests use. They will check:'];
export const gvL2 = [
  'how well the source is protected from surface water, livestock and septic tank outflow',
  'the condition of any storage tanks, including lids, vents and overflows',
  'whether filters and ultraviolet units are working and have been serviced',
  'whether pipework could let contaminated water flow back into the supply',
  'your records of maintenance and of any problems with the water',
];
export const gvP5 = [
  'The assessor may also take water samples. Sampling is charged separately, and the fee depends on which tests the laboratory needs to run.',
];
export const gvP6 = [
  'The council will send you a written report within 8 weeks of the visit. The report will give each part of the supply a risk rating of low, ' +
    'medium or high and explain what you need to do.',
  'If the supply is a risk to health, the council can serve a notice requiring you to make improvements by a set date. You may have to stop ' +
    'letting the property, or provide bottled water to guests, until the work is done.',
  'Keep the report and any invoices for work on the supply. You may need them if you sell the property or apply for a new licence.',
];
export const gvCta = 'You can ask your council to review a notice if you think it is wrong. Write to them within 21 days of the date on the notice.';
export const gvP7 = [
  'It is an offence to refuse the council access to the supply or to carry on letting after being told to stop. You could be fined and have to ' +
    'pay the cost of any work the council carries out on your behalf.',
];
export const gvServices = [
  'Benefits',
  'Births, death, marriages and care',
  'Business and self-employed',
  'Childcare and parenting',
  'Citizenship and living in the UK',
  'Crime, justice and the law',
  'Disabled people',
  'Driving and transport',
  'Education and learning',
  'Employing people',
  'Environment and countryside',
  'Housing and local services',
  'Money and tax',
  'Passports, travel and living abroad',
  'Visas and immigration',
  'Working, jobs and pensions',
];
export const gvActivity = [
  'Departments',
  'News',
  'Guidance and regulation',
  'Research and statistics',
  'Policy papers and consultations',
  'Transparency',
  'How government works',
  'Get involved',
];
export const gvCookie = [
  'Cookies on GOV.UK',
  'We use some essential cookies to make this website work.',
  'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
  'We also use cookies set by other sites to help us deliver content from their services.',
  'Accept additional cookies',
  'Reject additional cookies',
  'View cookies',
  'You’ve accepted additional cookies. You can change your cookie settings at any time.',
  'You’ve rejected additional cookies. You can change your cookie settings at any time.',
  'Hide this message',
];
export const gvCrumbs = ['Home', 'Environment', 'Water and sewerage'];
export const gvOrg = 'Office for Rural Water Standards';
export const gvChanges = [
  'Added the 28-day deadline for telling your council about a new or changed supply.',
  'Updated the maximum fee councils can charge for a risk assessment.',
  'First published.',
];
export const gvRelated = ['Private water supplies: sampling and testing', 'Register a borehole or well', 'Running a holiday let: your legal responsibilities'];
export const gvTopics = ['Water and sewerage', 'Holiday accommodation'];
export const gvFeedback = [
  'Is this page useful?',
  'Maybe',
  'Yes this page is useful',
  'No this page is not useful',
  'Thank you for your feedback',
  'Report a problem with this page',
  'Help us improve GOV.UK',
  'Don’t include personal or financial information like your National Insurance number or credit card details.',
  'This field is for robots only. Please leave blank',
  'What were you doing?',
  'What went wrong?',
  'Send',
  'Cancel',
  'To help us improve GOV.UK, we’d like to know more about your visit today. Please fill in this survey (opens in a new tab).',
];
export const gvSupport = [
  'Help',
  'Privacy',
  'Cookies',
  'Accessibility statement',
  'Contact',
  'Terms and conditions',
  'Rhestr o Wasanaethau Cymraeg',
  'Government Digital Service',
];
export const gvLicence = 'All content is available under the Open Government Licence v3.0, except where otherwise stated';
