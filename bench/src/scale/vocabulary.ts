/**
 * Words the scale generator builds its entries from: plausible names, research topics and news in both languages, so
 * generated pages have the lengths and shapes of real ones.
 */
export const FIRST_NAMES = [
  'Alice', 'Amine', 'Anna', 'Antoine', 'Aurélie', 'Bastien', 'Camille', 'Carlos', 'Chloé', 'Clément', 'Daniel', 'Élodie',
  'Emma', 'Fatima', 'Florian', 'Gabriel', 'Hélène', 'Hugo', 'Inès', 'Isabelle', 'Jonas', 'Julie', 'Karim', 'Laura',
  'Léo', 'Lina', 'Lucas', 'Manon', 'Marc', 'Maria', 'Mathieu', 'Mehdi', 'Nadia', 'Nicolas', 'Noémie', 'Olivier',
  'Paul', 'Pauline', 'Pierre', 'Priya', 'Rachid', 'Raphaël', 'Sarah', 'Sofia', 'Sophie', 'Thomas', 'Valentin', 'Wei',
  'Yasmine', 'Yuki', 'Zoé', 'Ahmed', 'Beatriz', 'Chen', 'Dimitri', 'Eva', 'Giorgio', 'Hannah', 'Ivan', 'Jeanne',
];

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
  'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard',
  'André', 'Mercier', 'Blanc', 'Guerin', 'Boyer', 'Garnier', 'Chevalier', 'Francois', 'Legrand', 'Gauthier', 'Perrin',
  'Robin', 'Clement', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Rossi', 'Nguyen', 'Haddad', 'Kowalski',
  'Schmidt', 'Fernandes', 'Benali', 'Tanaka', 'Okafor', 'Lindqvist', 'Costa', 'Ivanova', 'Mendes', 'Zhang', 'Hassan',
  'Papadopoulos', 'Müller', 'Santos', 'Romano', 'Delacroix', 'Aubert', 'Fabre', 'Barbier', 'Arnaud', 'Lambert',
];

/** [fr, en] research topics. */
export const TOPICS: Array<[string, string]> = [
  ['Cellules souches leucémiques', 'Leukemia stem cells'],
  ['Microenvironnement tumoral', 'Tumor microenvironment'],
  ['Instabilité génomique', 'Genome instability'],
  ['Immunité anti-tumorale', 'Anti-tumor immunity'],
  ['Signalisation oncogénique', 'Oncogenic signaling'],
  ['Métabolisme du cancer', 'Cancer metabolism'],
  ['Réparation de l’ADN', 'DNA repair'],
  ['Épigénétique des cancers', 'Cancer epigenetics'],
  ['Polarité épithéliale', 'Epithelial polarity'],
  ['Invasion et métastases', 'Invasion and metastasis'],
  ['Biologie des lymphomes', 'Lymphoma biology'],
  ['Oncologie prédictive', 'Predictive oncology'],
  ['Chimie médicinale', 'Medicinal chemistry'],
  ['Bioinformatique du cancer', 'Cancer bioinformatics'],
  ['Dynamique de la chromatine', 'Chromatin dynamics'],
  ['Inflammation et cancer', 'Inflammation and cancer'],
  ['Hématopoïèse', 'Hematopoiesis'],
  ['Cancer du pancréas', 'Pancreatic cancer'],
  ['Cancer du sein', 'Breast cancer'],
  ['Division cellulaire', 'Cell division'],
];

/** [fr, en] qualifiers that make topic names distinct. */
export const ANGLES: Array<[string, string]> = [
  ['et résistance thérapeutique', 'and therapeutic resistance'],
  ['et vieillissement', 'and ageing'],
  ['en cellule unique', 'at single-cell resolution'],
  ['et nouvelles cibles', 'and new targets'],
  ['et biomarqueurs', 'and biomarkers'],
  ['et modèles précliniques', 'and preclinical models'],
  ['et dynamique clonale', 'and clonal dynamics'],
  ['et stress cellulaire', 'and cellular stress'],
  ['et imagerie quantitative', 'and quantitative imaging'],
  ['et essais cliniques', 'and clinical trials'],
];

/** [fr, en] technology platform kinds. */
export const PLATFORM_KINDS: Array<[string, string]> = [
  ['Cytométrie', 'Cytometry'],
  ['Imagerie photonique', 'Light microscopy'],
  ['Protéomique', 'Proteomics'],
  ['Génomique', 'Genomics'],
  ['Bioinformatique', 'Bioinformatics'],
  ['Criblage', 'Screening'],
  ['Histopathologie', 'Histopathology'],
  ['Biobanque', 'Biobank'],
  ['Animalerie', 'Animal facility'],
  ['Transcriptomique', 'Transcriptomics'],
];

/** [fr, en] openings of news titles; the topic follows. */
export const NEWS_OPENINGS: Array<[string, string]> = [
  ['Nouvelle publication :', 'New publication:'],
  ['Soutenance de thèse :', 'PhD defense:'],
  ['Séminaire :', 'Seminar:'],
  ['Un financement pour', 'Funding awarded for'],
  ['Prix de recherche :', 'Research award:'],
  ['Journée scientifique :', 'Scientific day:'],
  ['Collaboration internationale :', 'International collaboration:'],
  ['Avancée majeure :', 'Breakthrough:'],
];

export const POSITIONS: Record<string, [string, string]> = {
  researcher: ['Chercheur·e', 'Researcher'],
  engineer: ['Ingénieur·e de recherche', 'Research engineer'],
  technician: ['Technicien·ne', 'Technician'],
  postdoc: ['Chercheur·e postdoctoral·e', 'Postdoctoral fellow'],
  phd_student: ['Doctorant·e', 'PhD student'],
  administration: ['Gestionnaire administratif·ve', 'Administrative officer'],
};

export const PARAGRAPHS: Array<[string, string]> = [
  [
    'Nos travaux associent des modèles expérimentaux, des échantillons de patients et des approches à haut débit pour comprendre comment les cellules cancéreuses échappent aux traitements.',
    'Our work combines experimental models, patient samples and high-throughput approaches to understand how cancer cells escape treatment.',
  ],
  [
    'En lien étroit avec les cliniciens de l’Institut Paoli-Calmettes, nous cherchons à traduire ces découvertes en nouveaux outils diagnostiques et thérapeutiques.',
    'Working closely with clinicians at the Institut Paoli-Calmettes, we aim to translate these findings into new diagnostic and therapeutic tools.',
  ],
  [
    'L’équipe s’appuie sur les plateformes technologiques du centre et sur des collaborations nationales et internationales.',
    'The team relies on the center’s technology platforms and on national and international collaborations.',
  ],
  [
    'Les résultats, publiés cette année, ouvrent des pistes pour de nouvelles combinaisons thérapeutiques évaluées en préclinique.',
    'The results, published this year, open avenues for new therapeutic combinations being evaluated in preclinical models.',
  ],
];
