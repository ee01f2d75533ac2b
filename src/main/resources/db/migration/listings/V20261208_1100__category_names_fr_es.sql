-- xlang (issue 12): category names in French and Spanish next to English and German; blank = not translated
-- (English shows). The demo catalogue's names are filled here; attribute labels and options carry their
-- translations in the attribute schema (JSON) and are filled by the demo seeding.
ALTER TABLE listings_category ADD COLUMN name_fr VARCHAR(80) NOT NULL DEFAULT '';
ALTER TABLE listings_category ADD COLUMN name_es VARCHAR(80) NOT NULL DEFAULT '';
UPDATE listings_category SET name_fr = 'Articles', name_es = 'Artículos' WHERE slug = 'goods' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Électronique', name_es = 'Electrónica' WHERE slug = 'electronics' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Maison & jardin', name_es = 'Casa y jardín' WHERE slug = 'home-garden' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Sports & plein air', name_es = 'Deportes y aire libre' WHERE slug = 'sports-outdoors' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Vélos', name_es = 'Bicicletas' WHERE slug = 'bikes' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Appareils photo', name_es = 'Cámaras' WHERE slug = 'cameras' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Meubles', name_es = 'Muebles' WHERE slug = 'furniture' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Livres', name_es = 'Libros' WHERE slug = 'books' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Location', name_es = 'Alquiler' WHERE slug = 'rentals' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Matériel de camping', name_es = 'Material de camping' WHERE slug = 'camping-gear' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Outils', name_es = 'Herramientas' WHERE slug = 'tools' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Appareils photo & objectifs', name_es = 'Cámaras y objetivos' WHERE slug = 'camera-rental' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Matériel de fête', name_es = 'Equipo para fiestas' WHERE slug = 'party' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Services', name_es = 'Servicios' WHERE slug = 'services' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Réparations', name_es = 'Reparaciones' WHERE slug = 'repairs' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Cours', name_es = 'Clases' WHERE slug = 'lessons' AND name_fr = '';
UPDATE listings_category SET name_fr = 'Aide au déménagement', name_es = 'Ayuda con la mudanza' WHERE slug = 'moving-help' AND name_fr = '';
