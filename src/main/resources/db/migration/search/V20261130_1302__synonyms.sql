-- Synonym groups operators edit ("bike, bicycle, fahrrad"): expanded at query time, no reindex needed.
CREATE TABLE search_synonym_group (
    id    UUID          NOT NULL PRIMARY KEY,
    words VARCHAR(1000) NOT NULL
);
INSERT INTO search_synonym_group (id, words) VALUES
    ('6c1f0d4e-0000-4000-8000-000000000001', 'bike,bicycle,fahrrad,rad'),
    ('6c1f0d4e-0000-4000-8000-000000000002', 'tent,zelt'),
    ('6c1f0d4e-0000-4000-8000-000000000003', 'sofa,couch'),
    ('6c1f0d4e-0000-4000-8000-000000000004', 'camera,kamera'),
    ('6c1f0d4e-0000-4000-8000-000000000005', 'drill,bohrmaschine'),
    ('6c1f0d4e-0000-4000-8000-000000000006', 'cooler,coolbox,kühlbox');
