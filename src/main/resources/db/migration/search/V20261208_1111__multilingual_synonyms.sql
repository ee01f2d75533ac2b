-- xlang (issue 12): the starter synonym sets in English, German, French and Spanish, and a few more everyday
-- goods. Operators edit them at /admin/config/synonyms; a set they already changed is left as it is.
UPDATE search_synonym_group SET words = 'bike,bicycle,fahrrad,rad,vélo,bicicleta'
    WHERE id = '6c1f0d4e-0000-4000-8000-000000000001' AND words = 'bike,bicycle,fahrrad,rad';
UPDATE search_synonym_group SET words = 'tent,zelt,tente,tienda de campaña'
    WHERE id = '6c1f0d4e-0000-4000-8000-000000000002' AND words = 'tent,zelt';
UPDATE search_synonym_group SET words = 'sofa,couch,canapé,sofá'
    WHERE id = '6c1f0d4e-0000-4000-8000-000000000003' AND words = 'sofa,couch';
UPDATE search_synonym_group SET words = 'camera,kamera,appareil photo,cámara'
    WHERE id = '6c1f0d4e-0000-4000-8000-000000000004' AND words = 'camera,kamera';
UPDATE search_synonym_group SET words = 'drill,bohrmaschine,perceuse,taladro'
    WHERE id = '6c1f0d4e-0000-4000-8000-000000000005' AND words = 'drill,bohrmaschine';
UPDATE search_synonym_group SET words = 'cooler,coolbox,cool box,kühlbox,glacière,nevera'
    WHERE id = '6c1f0d4e-0000-4000-8000-000000000006' AND words = 'cooler,coolbox,kühlbox';
INSERT INTO search_synonym_group (id, words) VALUES
    ('6c1f0d4e-0000-4000-8000-000000000007', 'stroller,pram,pushchair,kinderwagen,poussette,cochecito'),
    ('6c1f0d4e-0000-4000-8000-000000000008', 'headphones,kopfhörer,casque audio,auriculares'),
    ('6c1f0d4e-0000-4000-8000-000000000009', 'moving help,movers,umzugshilfe,umzugshelfer,déménagement,mudanza'),
    ('6c1f0d4e-0000-4000-8000-000000000010', 'sleeping bag,schlafsack,sac de couchage,saco de dormir'),
    ('6c1f0d4e-0000-4000-8000-000000000011', 'lawn mower,rasenmäher,tondeuse,cortacésped'),
    ('6c1f0d4e-0000-4000-8000-000000000012', 'phone,mobile,handy,smartphone,téléphone,móvil');
