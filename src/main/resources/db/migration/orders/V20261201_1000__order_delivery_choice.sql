-- fulfillment (issue 7): the buyer's delivery choice at checkout; null method = self-arranged (older orders)
ALTER TABLE orders ADD COLUMN delivery_method VARCHAR(20);
ALTER TABLE orders ADD COLUMN delivery_address VARCHAR(200);
ALTER TABLE orders ADD COLUMN delivery_city VARCHAR(100);
ALTER TABLE orders ADD COLUMN delivery_postal_code VARCHAR(20);
