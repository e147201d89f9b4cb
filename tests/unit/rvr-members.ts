/**
 * The 53 members of the Regionalverband Ruhr with their AGS, written out by hand from the RVR's
 * member list (11 kreisfreie Städte; Kreis Wesel 13, Recklinghausen 10, Ennepe-Ruhr 9, Unna 10).
 */
export const RVR_MEMBERS: Record<string, string> = {
  '05911000': 'Bochum', '05512000': 'Bottrop', '05913000': 'Dortmund', '05112000': 'Duisburg',
  '05113000': 'Essen', '05513000': 'Gelsenkirchen', '05914000': 'Hagen', '05915000': 'Hamm',
  '05916000': 'Herne', '05117000': 'Mülheim an der Ruhr', '05119000': 'Oberhausen',
  '05170004': 'Alpen', '05170008': 'Dinslaken', '05170012': 'Hamminkeln', '05170016': 'Hünxe',
  '05170020': 'Kamp-Lintfort', '05170024': 'Moers', '05170028': 'Neukirchen-Vluyn',
  '05170032': 'Rheinberg', '05170036': 'Schermbeck', '05170040': 'Sonsbeck',
  '05170044': 'Voerde (Niederrhein)', '05170048': 'Wesel', '05170052': 'Xanten',
  '05562004': 'Castrop-Rauxel', '05562008': 'Datteln', '05562012': 'Dorsten', '05562014': 'Gladbeck',
  '05562016': 'Haltern am See', '05562020': 'Herten', '05562024': 'Marl', '05562028': 'Oer-Erkenschwick',
  '05562032': 'Recklinghausen', '05562036': 'Waltrop',
  '05954004': 'Breckerfeld', '05954008': 'Ennepetal', '05954012': 'Gevelsberg', '05954016': 'Hattingen',
  '05954020': 'Herdecke', '05954024': 'Schwelm', '05954028': 'Sprockhövel', '05954032': 'Wetter (Ruhr)',
  '05954036': 'Witten',
  '05978004': 'Bergkamen', '05978008': 'Bönen', '05978012': 'Fröndenberg/Ruhr', '05978016': 'Holzwickede',
  '05978020': 'Kamen', '05978024': 'Lünen', '05978028': 'Schwerte', '05978032': 'Selm', '05978036': 'Unna',
  '05978040': 'Werne',
};
