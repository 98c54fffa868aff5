# frozen_string_literal: true

require "bigdecimal"
require "shop/version"
require_relative "line_item"
autoload :Discount, "shop/discount"

module Shop
  # Raised when an item cannot be added.
  class CartError < StandardError; end

  # A shopping cart holding line items.
  #
  # Carts are cheap to create and are never shared between threads.
  class Cart < Base::Collection
    include Enumerable
    include Shop::Pricing
    extend Forwardable
    prepend Instrumented

    MAX_ITEMS = 100
    EMPTY = [].freeze
    Entry = Struct.new(:sku, :qty) do
      def to_s = "#{sku} x#{qty}"
    end

    attr_reader :items, :currency
    attr_accessor :coupon

    def_delegators :@items, :size, :empty?

    # Builds a cart from a hash of sku => quantity.
    def self.from_hash(hash, currency: "EUR")
      new(currency).tap do |cart|
        hash.each { |sku, qty| cart.add(sku, qty) }
      end
    end

    def initialize(currency = "EUR")
      super()
      @items = []
      @currency = currency
      @lock = Mutex.new
    end

    def add(sku, qty = 1, **opts)
      raise CartError, "cart is full" if @items.size >= MAX_ITEMS

      @lock.synchronize do
        @items << LineItem.new(sku, qty, **opts)
      end
      self
    end

    def each(&block)
      @items.each(&block)
    end

    def total
      sum = @items.map(&:price).reduce(BigDecimal("0"), :+)
      coupon ? Discount.apply(coupon, sum) : sum
    end

    def ==(other) # :nodoc:
      other.is_a?(Cart) && other.items == items
    end

    class << self
      def empty
        new.freeze
      end
    end

    protected

    def lock
      @lock
    end

    private

    def log(message)
      Shop.logger&.info("[cart] #{message}")
    end

    def recalculate!
      super
      log "recalculated"
    end

    public def checkout!(gateway)
      gateway.charge(total, currency: currency).then { |receipt| log(receipt.id) }
    end

    private_class_method def self.internal_counter
      @counter ||= 0
    end
  end
end
