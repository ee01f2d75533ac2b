-- cleanup: email and Web Push deliveries go through one queue (DeliveryQueue), so both tables get the same delivery
-- columns; email has no answer status of its own, the column stays NULL for it
ALTER TABLE notifications_deliveries ADD COLUMN last_status INT;
